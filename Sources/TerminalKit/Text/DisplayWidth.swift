/// How many terminal columns text takes: 0 for combining marks, 2 for CJK and most emoji, else 1.
/// Matches the C library's wcwidth, which is what ncurses advances the cursor by.
public enum DisplayWidth {
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0xA0 { return v >= 0x20 && v != 0x7F ? 1 : 0 }
        if contains(WidthTables.zero, v) { return 0 }
        if contains(WidthTables.wide, v) { return 2 }
        return 1
    }

    /// A grapheme's width as it is drawn (see `DisplayText.lineSafe`): the same for this program, ncurses and
    /// the terminal, so nothing after it on the line moves.
    public static func of(_ grapheme: Character) -> Int {
        DisplayText.glyphs(for: grapheme).reduce(0) { $0 + $1.width }
    }

    public static func of(_ text: String) -> Int {
        DisplayText.asciiWidth(text) ?? plainWidth(text) ?? DisplayText(text).width
    }

    /// The width of text whose every code point is a grapheme of its own drawn as it is ("José · 500", "美玲"):
    /// the sum of theirs, without splitting it into graphemes (~4,000 instructions for a name and a count); nil
    /// for anything else.
    static func plainWidth(_ text: String) -> Int? {
        var total = 0
        for scalar in text.unicodeScalars {
            let w = DisplayText.standingWidth(scalar)
            guard w > 0 else { return nil }
            total += w
        }
        return total
    }

    /// True for code points with no glyph (unassigned, surrogates, private controls).
    public static func isUnprintable(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0xA0 && contains(WidthTables.unprintable, scalar.value)
    }

    private static func contains(_ table: [ClosedRange<UInt32>], _ value: UInt32) -> Bool {
        var low = 0
        var high = table.count - 1
        while low <= high {
            let mid = (low + high) / 2
            if table[mid].upperBound < value {
                low = mid + 1
            } else if table[mid].lowerBound > value {
                high = mid - 1
            } else {
                return true
            }
        }
        return false
    }
}

extension String {
    /// Cut or filled with spaces to `length` characters, for a column of short labels (dates in a list): what
    /// Foundation's `padding(toLength:withPad:startingAt:)` does, without its cost on every row of every frame.
    public func padded(to length: Int) -> String {
        let n = count
        return n >= length ? String(prefix(length)) : self + String(repeating: " ", count: length - n)
    }
}
