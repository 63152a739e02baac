/// Text made harmless for a terminal that is not ours to draw on (the command line's output): control
/// characters, bidi overrides and isolates and invisible characters become visible notation, the way the
/// full-screen program shows them, so nothing typed into a title or a CSV can move the cursor, retitle the
/// window or reverse a line.
public enum PrintableText {
    /// `^[` for C0 controls (newlines kept where `keepNewlines`), `^?` for DEL, `<9B>` for C1, `<U+202E>` for
    /// bidi controls and invisible characters. Joiners (U+200C, U+200D) stay where they join two letters or
    /// emoji, as Persian and Indic names and emoji sequences need them.
    public static func terminal(_ text: String, keepNewlines: Bool = true) -> String {
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        for (i, scalar) in scalars.enumerated() {
            let v = scalar.value
            if v == 0x0A, keepNewlines {
                out.append(scalar)
            } else if v < 0x20 || (0x7F...0x9F).contains(v) {
                out.append(contentsOf: DisplayText.caret(scalar).unicodeScalars)
            } else if v == 0x200C || v == 0x200D {
                let joins = i > 0 && i + 1 < scalars.count && !isSpaceOrControl(scalars[i - 1]) && !isSpaceOrControl(scalars[i + 1])
                out.append(contentsOf: joins ? String(scalar).unicodeScalars : visible(scalar).unicodeScalars)
            } else if isHidden(scalar) {
                out.append(contentsOf: visible(scalar).unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// One field of tab-separated output: one line, no tab, harmless, and not read as a formula by a spreadsheet.
    public static func tsvField(_ text: String) -> String {
        let flat = String(text.map { $0 == "\t" || $0.isNewline ? " " : $0 })
        let safe = terminal(flat, keepNewlines: false)
        return safe.first.map { "=+-@".contains($0) } == true ? "'" + safe : safe
    }

    /// JSON as JSONEncoder writes it, with the characters it leaves raw (C1, DEL, bidi and invisible ones)
    /// escaped as `\uXXXX`: still the same JSON, harmless on a terminal.
    public static func json(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if (0x7F...0x9F).contains(v) || isHidden(scalar) || v == 0x200C || v == 0x200D {
                out += "\\u" + String(repeating: "0", count: 4 - String(v, radix: 16).count) + String(v, radix: 16, uppercase: true)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Bidi embeddings, overrides, isolates and marks; zero-width space; byte-order mark; other invisible formats.
    static func isHidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x200B, 0x200E, 0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0xFEFF, 0x061C: return true
        default: return false
        }
    }

    static func visible(_ scalar: Unicode.Scalar) -> String {
        "<U+" + String(scalar.value, radix: 16, uppercase: true) + ">"
    }

    private static func isSpaceOrControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace || scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || isHidden(scalar)
    }
}
