import Foundation
@testable import LearnerLedCore

/// The program's own words as the source writes them, found the way `genstrings` finds them: every literal given
/// to `tr(…)` / `strings(…)` / `.each(…)` (with `\(…)` as `%@`, `\(count: …)` as `%d`), and the help words of key tables.
enum StringsCatalog {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func file(_ code: String) -> String { root.appendingPathComponent("Languages/\(code).strings").path }

    static func sourceKeys() throws -> Set<String> {
        var keys = Set<String>()
        let sources = root.appendingPathComponent("Sources")
        let files = FileManager.default.enumerator(atPath: sources.path)?.compactMap { $0 as? String } ?? []
        for path in files where path.hasSuffix(".swift") && !path.hasSuffix("BuiltInLanguages.swift") {
            let text = try String(contentsOfFile: sources.appendingPathComponent(path).path, encoding: .utf8)
            for line in text.split(separator: "\n") where !line.trimmingCharacters(in: .whitespaces).hasPrefix("//") {
                keys.formUnion(keysInLine(Substring(line)))
            }
        }
        return keys
    }

    static func keysInLine(_ line: Substring) -> [String] {
        var keys: [String] = []
        let helpLine = line.contains("KeyBinding(") || line.contains("KeyBinding<") || line.contains("KeyBinding.digits(") || line.contains("Help: String {")
            || line.contains(".tick(\"")
        var i = line.startIndex
        while let quote = line[i...].firstIndex(of: "\"") {
            let before = line[..<quote]
            guard let (key, end) = literal(line, from: line.index(after: quote)) else { break }
            let translated = before.hasSuffix("tr(") || before.hasSuffix("strings(") || before.hasSuffix(".each(")
            if translated || (helpLine && !before.hasSuffix("label: ") && !before.hasSuffix("#")) {
                if key.filter(\.isLetter).count >= 2 { keys.append(key) }
            }
            i = end
        }
        return keys
    }

    /// A string literal from just after its opening quote: its key, and where it ends.
    static func literal(_ s: Substring, from start: Substring.Index) -> (String, Substring.Index)? {
        var key = ""
        var i = start
        while i < s.endIndex {
            let c = s[i]
            i = s.index(after: i)
            if c == "\"" { return (key, i) }
            if c == "%" { key += "%%"; continue }
            guard c == "\\", i < s.endIndex else { key.append(c); continue }
            let e = s[i]
            i = s.index(after: i)
            switch e {
            case "(":
                var depth = 1
                let inner = i
                var inString = false
                while i < s.endIndex, depth > 0 {
                    let d = s[i]
                    if d == "\"" { inString.toggle() } else if !inString { depth += d == "(" ? 1 : d == ")" ? -1 : 0 }
                    i = s.index(after: i)
                }
                key += s[inner...].hasPrefix("count:") ? "%d" : "%@"
            case "n": key += "\n"
            default: key.append(e)
            }
        }
        return nil
    }

    /// The English line a key gets when it is first written to en.strings: the key less its "(role)".
    static func englishValue(_ key: String) -> String {
        if key.hasSuffix(")"), let open = key.range(of: " (", options: .backwards),
           key[open.upperBound...].contains(",") || key.hasSuffix("(short))") {
            return String(key[..<open.lowerBound])
        }
        return key
    }

    static func line(_ key: String, _ value: String) -> String {
        func q(_ s: String) -> String {
            "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
                .replacingOccurrences(of: "\n", with: "\\n") + "\""
        }
        return "\(q(key)) = \(q(value));"
    }

    /// `%@`, `%d` and `%1$@` in order, for comparing two languages' lines.
    static func placeholders(_ s: String) -> [String] {
        var out: [String] = []
        var i = s.startIndex
        var next = 1
        while let p = s[i...].firstIndex(of: "%") {
            var j = s.index(after: p)
            guard j < s.endIndex else { break }
            if s[j] == "%" { i = s.index(after: j); continue }
            let digits = s[j...].prefix { $0.isNumber }
            var position = next
            if !digits.isEmpty, s[digits.endIndex...].hasPrefix("$") {
                position = Int(digits)!
                j = s.index(after: digits.endIndex)
            } else {
                next += 1
            }
            if j < s.endIndex { out.append("\(position)\(s[j])") }
            i = j < s.endIndex ? s.index(after: j) : j
        }
        return out.sorted()
    }
}
