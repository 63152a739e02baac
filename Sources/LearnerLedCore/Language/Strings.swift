import Synchronization

/// The program's words in one language: `strings("Kept.")` is "Guardado." for a Spanish table.
///
/// Tables are `Languages/<code>.strings`, built into the binary (`BuiltInLanguages`). A key missing from a table is
/// shown in English and remembered in `missing`, which the tests read; plural forms are keys ending in `|one`
/// (and `|few`, `|many` where a language has them), chosen by `PluralRule`.
public struct Strings: Sendable, Equatable {
    public let language: String
    let table: PhraseTable
    /// Further languages said after the first, " · " between (sign-in, before anyone has chosen their name).
    var alongside: [Strings] = []

    /// Which languages these are ("es", "en+es"), for remembering what was said in them.
    public var identity: String { alongside.isEmpty ? language : ([language] + alongside.map(\.language)).joined(separator: "+") }

    init(language: String, table: PhraseTable) {
        self.language = language
        self.table = table
    }

    /// Every sentence in each of these languages in turn, where they differ: "who are you? · ¿quién eres?".
    public static func together(_ codes: [String]) -> Strings {
        var seen = Set<String>()
        let all = codes.map(language).filter { seen.insert($0.language).inserted }
        guard var first = all.first else { return english }
        first.alongside = Array(all.dropFirst())
        return first
    }

    /// The table for a language code ("es", "es-MX" → "es"), or English when the program has none for it.
    public static func language(_ code: String?) -> Strings { code.flatMap(speaking) ?? english }

    /// The table for a language code ("es", "es-MX" → "es"), or nil when the program does not speak it.
    public static func speaking(_ code: String) -> Strings? {
        if let table = table(code) { return Strings(language: code, table: table) }
        let base = String(code.prefix { $0 != "-" && $0 != "_" }).lowercased()
        return table(base).map { Strings(language: base, table: $0) }
    }

    public static let english = Strings(language: "en", table: table("en") ?? PhraseTable([:]))

    /// The codes of the languages the program speaks, English first.
    public static var languages: [String] {
        BuiltInLanguages.codes.sorted { ($0 != "en" ? 1 : 0, $0) < ($1 != "en" ? 1 : 0, $1) }
    }

    public func callAsFunction(_ phrase: Phrase) -> String {
        guard !alongside.isEmpty else { return said(phrase) }
        return Self.joined([said(phrase)] + alongside.map { $0.said(phrase) })
    }

    /// The sentence in each language, where they differ, for a screen that gives each its own row.
    public func each(_ phrase: Phrase) -> [String] {
        var seen = Set<String>()
        return ([said(phrase)] + alongside.map { $0.said(phrase) }).filter { seen.insert($0).inserted }
    }

    func said(_ phrase: Phrase) -> String {
        var key = phrase.key
        if let n = phrase.count {
            let form = key + "|" + PluralRule.category(n, language: language)
            if table[form] != nil || Strings.english.table[form] != nil { key = form }
        }
        let format = table[key] ?? Self.fallback(key, language: language)
        return Self.fill(format, phrase.values)
    }

    /// A word that may have a line here (a key's name, "Space"), else itself; nothing is noted as missing.
    public func ifPresent(_ text: String) -> String {
        guard !alongside.isEmpty else { return table[text] ?? text }
        return Self.joined([table[text] ?? text] + alongside.map { $0.table[text] ?? text })
    }

    /// The versions that differ, in order, " · " between.
    static func joined(_ versions: [String]) -> String {
        // By hand: a Set and `joined(separator:)` cost their first use's generic metadata (~0.3 M instructions) on
        // the sign-in's first frame, for two or three short strings.
        var out: [String] = []
        for version in versions where !out.contains(version) { out.append(version) }
        var text = ""
        for (i, version) in out.enumerated() {
            if i > 0 { text += " · " }
            text += version
        }
        return text
    }

    /// English words that have no line here: shown as the English, and noted for the tests.
    static func fallback(_ key: String, language: String) -> String {
        Self.missing.withLock { _ = $0.insert(language + ": " + key) }
        return Strings.english.table[key] ?? key
    }

    /// Keys asked for that a table does not have, as "es: key".
    public static let missing = Mutex<Set<String>>([])

    /// Puts the values in: `%@` and `%d` in order, `%2$@` by position, `%%` for a percent sign. Works on the
    /// UTF-8 bytes (every phrase drawn passes here).
    static func fill(_ format: String, _ values: [String]) -> String {
        let percent = UInt8(ascii: "%")
        guard format.hasByte(percent) else { return format }
        let bytes = Array(format.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + values.reduce(0) { $0 + $1.utf8.count })
        var next = 0
        var i = 0
        while i < bytes.count {
            let c = bytes[i]
            i += 1
            guard c == percent, i < bytes.count else { out.append(c); continue }
            if bytes[i] == percent { out.append(percent); i += 1; continue }
            var position: Int?
            var j = i
            while j < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[j]) { j += 1 }
            if j > i, j < bytes.count, bytes[j] == UInt8(ascii: "$") {
                position = Int(String(decoding: bytes[i..<j], as: UTF8.self)).map { $0 - 1 }
                i = j + 1
            }
            guard i < bytes.count, bytes[i] == UInt8(ascii: "@") || bytes[i] == UInt8(ascii: "d") else { out.append(c); continue }
            i += 1
            let index = position ?? next
            if position == nil { next += 1 }
            if values.indices.contains(index) { out += values[index].utf8 }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A language's table, from the literals Scripts/embed.sh writes beside each file's text (reading the text
    /// cost ~1.6 M instructions for English at every start; see `PhraseTable`).
    static func table(_ code: String) -> PhraseTable? { BuiltInLanguages.table(code) }
}

/// Which plural form a number takes: CLDR's cardinal rules, one place per language.
public enum PluralRule {
    public static func category(_ n: Int, language: String) -> String {
        switch language {
        // English and Spanish (and most Western European languages): 1 is "one", everything else "other".
        default: return n == 1 ? "one" : "other"
        }
    }
}
