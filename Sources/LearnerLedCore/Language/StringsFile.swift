/// The `.strings` format: `"key" = "value";` lines, `/* */` and `//` comments, `\"`, `\\`, `\n` and `\t` escapes.
public struct StringsFile: Sendable {
    public var table: [String: String] = [:]
    /// Keys in file order, and any line that could not be read (by line number).
    public var keys: [String] = []
    public var problems: [Int] = []

    public static func parse(_ text: String) -> StringsFile {
        var file = StringsFile()
        var inComment = false
        for (number, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var line = Substring(raw).drop { $0 == " " || $0 == "\t" }
            if inComment {
                guard let end = line.range(of: "*/") else { continue }
                line = line[end.upperBound...].drop { $0 == " " }
                inComment = false
            }
            if line.isEmpty || line.hasPrefix("//") { continue }
            if line.hasPrefix("/*") {
                if line.range(of: "*/") == nil { inComment = true }
                continue
            }
            guard let (key, rest) = quoted(line), let eq = rest.firstIndex(of: "="),
                  let (value, tail) = quoted(rest[rest.index(after: eq)...].drop { $0 == " " }),
                  tail.trimmingPrefix(" ").hasPrefix(";") else {
                file.problems.append(number + 1)
                continue
            }
            if file.table.updateValue(value, forKey: key) == nil { file.keys.append(key) }
        }
        return file
    }

    /// A quoted string at the start of `text`, unescaped, and what follows it.
    static func quoted(_ text: Substring) -> (String, Substring)? {
        guard text.first == "\"" else { return nil }
        var out = ""
        var i = text.index(after: text.startIndex)
        while i < text.endIndex {
            let c = text[i]
            i = text.index(after: i)
            if c == "\"" { return (out, text[i...].drop { $0 == " " }) }
            guard c == "\\", i < text.endIndex else { out.append(c); continue }
            let e = text[i]
            i = text.index(after: i)
            switch e {
            case "n": out.append("\n")
            case "t": out.append("\t")
            default: out.append(e)
            }
        }
        return nil
    }
}
