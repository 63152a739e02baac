/// Word wrapping by display columns.
public enum Wrap {
    /// Lines no wider than `width`. Breaks at spaces where it can, mid-word where a word is too long,
    /// and at newlines always. Never returns an empty array. With `limit`, only the first `limit` lines (a box that
    /// shows four lines of a long description wraps five, to know it is cut, not all of it for every frame).
    public static func lines(_ text: String, width: Int, limit: Int = .max) -> [String] {
        guard width > 0, limit > 0 else { return [""] }
        // Short plain text, most fields: one line, nothing to split.
        if let columns = DisplayText.asciiWidth(text), columns <= width { return [text] }
        var result: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            result += wrapParagraph(String(paragraph), width: width, limit: limit - result.count)
            if result.count >= limit { break }
        }
        return result.isEmpty ? [""] : result
    }

    private static func wrapParagraph(_ text: String, width: Int, limit: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            if lines.count >= limit { return Array(lines.prefix(limit)) }
            var word = String(word)
            var w = DisplayWidth.of(word)
            let space = line.isEmpty ? 0 : 1
            if lineWidth + space + w <= width {
                if space == 1 { line += " " }
                line += word
                lineWidth += space + w
                continue
            }
            if !line.isEmpty {
                lines.append(line)
                line = ""
                lineWidth = 0
            }
            while w > width {
                var head = ""
                var headWidth = 0
                var rest = Substring(word)
                while let c = rest.first, headWidth + DisplayWidth.of(c) <= width {
                    head.append(c)
                    headWidth += DisplayWidth.of(c)
                    rest = rest.dropFirst()
                }
                if head.isEmpty { head = String(rest.removeFirst()) }
                lines.append(head)
                word = String(rest)
                w = DisplayWidth.of(word)
            }
            line = word
            lineWidth = w
        }
        lines.append(line)
        return Array(lines.prefix(limit))
    }
}
