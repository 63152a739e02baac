import Foundation

/// The bytes of a roster file as text, in the encodings spreadsheets really write, and the separator it uses.
public enum RosterText {
    /// The file at `path` as text: what the command line and the program both import.
    public static func read(_ path: String) -> Result<String, RosterImport.Problem> {
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(RosterImport.Problem(line: 0, message: "there is no file there, or it cannot be read"))
        }
        return decode(data)
    }

    /// UTF-8 with or without a byte-order mark, or UTF-16 with one (a spreadsheet's "Unicode text"); anything else
    /// is refused with the way to save it.
    public static func decode(_ data: Data) -> Result<String, RosterImport.Problem> {
        let bytes = [UInt8](data.prefix(3))
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            guard let text = String(data: data, encoding: .utf16) else { return .failure(refusal) }
            return .success(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
        }
        // NUL bytes are UTF-16 without its mark (or not text at all), though they pass as UTF-8.
        guard !data.contains(0), let text = String(data: data, encoding: .utf8) else { return .failure(refusal) }
        return .success(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
    }

    static let refusal = RosterImport.Problem(
        line: 0, message: "this file is not UTF-8 or UTF-16 text; in the spreadsheet, save it as “CSV UTF-8” or “Unicode text”")

    /// Comma, semicolon (spreadsheets in many European locales) or tab: whichever the header line uses most.
    public static func separator(of text: String) -> Unicode.Scalar {
        let header = text.prefix { !$0.isNewline }.unicodeScalars
        let counts: [(Unicode.Scalar, Int)] = [",", ";", "\t"].map { c in (c, header.filter { $0 == c }.count) }
        return counts.max { $0.1 < $1.1 }.flatMap { $0.1 > 0 ? $0.0 : nil } ?? ","
    }
}

/// A language written by its code (es), its English name (Spanish) or its own (Español, Tiếng Việt).
public enum RosterLanguage {
    public static func code(_ written: String) -> String? {
        let folded = written.nameKey
        guard !folded.isEmpty else { return nil }
        return codes.contains(folded) ? folded : names[folded]
    }

    private static let codes = Set(Locale.LanguageCode.isoLanguageCodes.map(\.identifier))

    /// Every two-letter language's English name and its own name, folded, to its code.
    private static let names: [String: String] = {
        var table: [String: String] = [:]
        let english = Locale(identifier: "en")
        for code in Locale.LanguageCode.isoLanguageCodes.map(\.identifier) where code.count == 2 {
            if let name = english.localizedString(forLanguageCode: code) { table[name.nameKey] = code }
            if let own = Locale(identifier: code).localizedString(forLanguageCode: code) { table[own.nameKey] = code }
        }
        return table
    }()
}
