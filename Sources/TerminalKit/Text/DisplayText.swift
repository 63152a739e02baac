/// User text made safe to draw: each grapheme with its width, control characters and escape sequences turned
/// into visible caret notation (`^[`), so nothing a child or a file typed can reach the terminal raw.
public struct DisplayText: Equatable, Sendable {
    public struct Glyph: Equatable, Sendable {
        public var text: String
        public var width: Int
    }

    public private(set) var glyphs: [Glyph]
    public private(set) var width: Int

    public init(_ text: String) {
        var glyphs: [Glyph] = []
        let utf8 = text.utf8
        glyphs.reserveCapacity(utf8.count)
        var width = 0
        var i = utf8.startIndex
        while i != utf8.endIndex {
            // Printable ASCII, most of what is drawn: one column, nothing to make safe, read from the bytes. Only
            // when the next byte is ASCII too, since a combining mark after a letter belongs to its grapheme.
            let byte = utf8[i]
            let next = utf8.index(after: i)
            if DisplayText.isPrintableASCII(byte), next == utf8.endIndex || utf8[next] < 0x80 {
                glyphs.append(Glyph(text: DisplayText.asciiStrings[Int(byte)], width: 1))
                width += 1
                i = next
                continue
            }
            let grapheme = text[i]
            i = text.index(after: i)
            // One printable code point ("é", "美", "·"), the rest of what is drawn: its own width, no arrays made.
            let scalars = grapheme.unicodeScalars
            if let scalar = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex,
               !DisplayText.isControl(scalar), !DisplayWidth.isUnprintable(scalar), DisplayWidth.of(scalar) > 0 {
                let w = DisplayWidth.of(scalar)
                glyphs.append(Glyph(text: String(grapheme), width: w))
                width += w
                continue
            }
            for glyph in DisplayText.glyphs(for: grapheme) {
                glyphs.append(glyph)
                width += glyph.width
            }
        }
        self.glyphs = glyphs
        self.width = width
    }

    static func isPrintableASCII(_ byte: UInt8) -> Bool { byte >= 0x20 && byte < 0x7F }

    /// The width of text that is all printable ASCII (one column a byte), else nil: measured without glyphs.
    static func asciiWidth(_ text: String) -> Int? {
        text.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            for byte in bytes where !isPrintableASCII(byte) { return nil }
            return bytes.count
        } ?? nil
    }

    /// Each ASCII character as a String, made once.
    static let asciiStrings: [String] = (0..<128).map { String(UnicodeScalar(UInt8($0))) }

    /// One grapheme as it should be drawn: usually itself, but controls become `^X`, a lone combining mark
    /// gets a dotted circle to sit on, and unprintable code points become U+FFFD.
    static func glyphs(for grapheme: Character) -> [Glyph] {
        let scalars = grapheme.unicodeScalars
        guard let first = scalars.first else { return [] }
        if scalars.contains(where: isControl) {
            return scalars.flatMap { scalar -> [Glyph] in
                if isControl(scalar) { return caret(scalar).map { Glyph(text: String($0), width: 1) } }
                let w = DisplayWidth.of(scalar)
                return w == 0 ? [Glyph(text: "◌" + String(scalar), width: 1)] : [Glyph(text: String(scalar), width: w)]
            }
        }
        if scalars.contains(where: DisplayWidth.isUnprintable) { return [Glyph(text: "\u{FFFD}", width: 1)] }
        if let simpler = lineSafe(grapheme) { return simpler }
        let width = scalars.reduce(0) { $0 + DisplayWidth.of($1) }
        if width == 0 {
            return DisplayWidth.of(first) == 0 && first.properties.generalCategory != .format
                ? [Glyph(text: "◌" + String(grapheme), width: 1)]
                : []
        }
        return [Glyph(text: String(grapheme), width: width)]
    }

    /// Clusters the C library, ncurses and terminals count differently (an emoji joined with U+200D, a skin
    /// tone, a flag, an emoji or keycap with a presentation selector) would move everything after them on the
    /// line. They are drawn as something every party measures alike: the first emoji, the base character, or
    /// a flag's two letters. The text itself is never changed.
    static func lineSafe(_ grapheme: Character) -> [Glyph]? {
        let scalars = Array(grapheme.unicodeScalars)
        guard scalars.count > 1 else { return nil }
        let regional = scalars.filter { (0x1F1E6...0x1F1FF).contains($0.value) }
        if !regional.isEmpty {
            let letters = String(regional.compactMap { Unicode.Scalar($0.value - 0x1F1E6 + 0x41) }.map(Character.init))
            return [Glyph(text: letters, width: letters.count)]
        }
        // Letters joined in Indic or Persian script are not emoji and are left as they are.
        let emoji = scalars.contains { $0.properties.isEmojiPresentation || $0.properties.isEmojiModifier }
            || scalars.contains { [0xFE0F, 0xFE0E, 0x20E3].contains($0.value) }
        let spacing = scalars.filter { DisplayWidth.of($0) > 0 }
        guard emoji, let first = spacing.first else { return nil }
        return [Glyph(text: String(first), width: DisplayWidth.of(first))]
    }

    /// The columns a code point takes if it is always a grapheme of its own, drawn as it is; 0 if not. Such a code
    /// point cannot be taken in by anything before it (it is no combining mark, joiner, selector or jamo) and, next
    /// to another such code point, nothing joins them: letters of Latin, Greek, Cyrillic and Vietnamese,
    /// punctuation, arrows, box drawing and shapes, kana, CJK ideographs, Hangul syllables and full-width forms;
    /// anything else goes grapheme by grapheme. The blocks with no zero-width, wide or unassigned code point in
    /// glibc's tables are answered without looking in them: a row of names and dashes asks for every letter.
    static func standingWidth(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x80 { return v >= 0x20 && v < 0x7F ? 1 : 0 }
        if (0xA0...0x2FF).contains(v) { return v == 0xAD ? 0 : 1 }
        if (0x1E00...0x1EFF).contains(v) || (0x2010...0x2027).contains(v) || (0x2030...0x205E).contains(v) { return 1 }
        if (0x4E00...0x9FFF).contains(v) || (0xAC00...0xD7A3).contains(v) || (0x3041...0x3096).contains(v)
            || (0x30A1...0x30FA).contains(v) || (0xFF01...0xFF60).contains(v) { return 2 }
        let looked = (0x370...0x482).contains(v) || (0x48A...0x52F).contains(v) || (0x2190...0x23FF).contains(v)
            || (0x2500...0x27BF).contains(v)
        return looked && !DisplayWidth.isUnprintable(scalar) ? DisplayWidth.of(scalar) : 0
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    /// `^[` for ESC, `^?` for DEL, `<9B>` for C1 controls. Tabs and newlines read as spaces in one line.
    static func caret(_ scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return " "
        case 0x7F: return "^?"
        case 0..<0x20: return "^" + String(UnicodeScalar(UInt8(scalar.value + 0x40)))
        default:
            let hex = String(scalar.value, radix: 16, uppercase: true)
            return "<\(hex)>"
        }
    }

    /// The longest prefix that fits in `columns`, never splitting a wide glyph; with `ellipsis`, a cut line
    /// ends in "…".
    public func prefix(columns: Int, ellipsis: Bool = false) -> [Glyph] {
        if width <= columns { return glyphs }
        let budget = ellipsis ? columns - 1 : columns
        var out: [Glyph] = []
        var used = 0
        for glyph in glyphs {
            if used + glyph.width > budget { break }
            out.append(glyph)
            used += glyph.width
        }
        if ellipsis, columns > 0 { out.append(Glyph(text: "…", width: 1)) }
        return out
    }
}
