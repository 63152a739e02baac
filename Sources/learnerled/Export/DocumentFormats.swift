import LearnerLedCore
import LearnerLedUI
import TerminalKit

/// The three ways a page for families is written out.
enum DocumentFormat: String, CaseIterable {
    case md, html, txt

    func render(_ doc: PrintableDocument) -> String {
        switch self {
        case .md: return Self.markdown(doc)
        case .html: return Self.html(doc)
        case .txt: return Self.text(doc)
        }
    }

    /// CommonMark: a blank line between blocks, `-` points with a blank line before a list; what people typed
    /// is escaped so that a `*` or a `#` in a child's words stays a character.
    static func markdown(_ doc: PrintableDocument) -> String {
        var out = "# \(markdownEscape(doc.title))\n\n_\(markdownEscape(doc.subtitle))_\n"
        for section in doc.sections {
            out += "\n## \(markdownEscape(section.title))\n"
            for item in section.items {
                if !item.heading.isEmpty { out += "\n### \(markdownEscape(item.heading))\n" }
                var inList = false
                for block in item.blocks {
                    switch block {
                    case .paragraph(let text):
                        out += "\n" + markdownEscape(text) + "\n"
                        inList = false
                    case .point(let text):
                        out += (inList ? "" : "\n") + "- " + markdownEscape(text) + "\n"
                        inList = true
                    }
                }
            }
        }
        return out
    }

    /// Characters that would start Markdown syntax, escaped with a backslash; line breaks become spaces.
    static func markdownEscape(_ s: String) -> String {
        var out = ""
        for c in s {
            if c.isNewline { out.append(" "); continue }
            if "\\`*_[]<>#|~!".contains(c) { out.append("\\") }
            out.append(c)
        }
        // A line starting "1." or "-" would become a list; "+" too.
        if let first = out.first, "-+".contains(first) { out = "\\" + out }
        if let dot = out.firstIndex(of: "."), out[..<dot].allSatisfy(\.isNumber), !out[..<dot].isEmpty {
            out.insert("\\", at: dot)
        }
        return out
    }

    /// Plain text that fits 80 columns, wrapped by display width so CJK names do not overflow.
    static func text(_ doc: PrintableDocument, width: Int = 78) -> String {
        func wrapped(_ s: String, indent: String) -> [String] {
            Wrap.lines(s, width: width - DisplayWidth.of(indent)).map { indent + $0 }
        }
        var lines = wrapped(doc.title, indent: "") + [String(repeating: "=", count: min(width, DisplayWidth.of(doc.title)))]
        lines += wrapped(doc.subtitle, indent: "")
        for section in doc.sections {
            lines += ["", section.title, String(repeating: "-", count: min(width, DisplayWidth.of(section.title)))]
            for item in section.items {
                if !item.heading.isEmpty { lines += [""] + wrapped(item.heading, indent: "") }
                for block in item.blocks { lines += block.lines(width: width) }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One self-contained printable page: inline styles, no scripts, no external files; all text escaped.
    static func html(_ doc: PrintableDocument) -> String {
        var body = "<h1>\(escape(doc.title))</h1>\n<p class=\"sub\">\(escape(doc.subtitle))</p>\n"
        for section in doc.sections {
            body += "<section>\n<h2>\(escape(section.title))</h2>\n"
            for item in section.items {
                body += "<div class=\"item\">"
                if !item.heading.isEmpty { body += "<h3>\(escape(item.heading))</h3>" }
                var inList = false
                for block in item.blocks {
                    switch block {
                    case .paragraph(let text):
                        if inList { body += "</ul>" }
                        body += "<p>\(escape(text))</p>"
                        inList = false
                    case .point(let text):
                        if !inList { body += "<ul>" }
                        body += "<li>\(escape(text))</li>"
                        inList = true
                    }
                }
                body += (inList ? "</ul>" : "") + "</div>\n"
            }
            body += "</section>\n"
        }
        return """
        <!DOCTYPE html>
        <html lang="\(escape(doc.language))">
        <head>
        <meta charset="utf-8">
        <title>\(escape(doc.title))</title>
        <style>
        body { font-family: Georgia, "Noto Serif", serif; font-size: 13pt; line-height: 1.45; max-width: 42em; margin: 2em auto; color: #111; }
        h1 { font-size: 22pt; margin-bottom: 0.1em; }
        .sub { color: #444; margin-top: 0; }
        h2 { font-size: 15pt; border-bottom: 1px solid #999; margin-top: 1.4em; }
        h3 { font-size: 13pt; margin: 0.8em 0 0.2em; }
        .item p, .item ul { margin: 0.2em 0 0.2em 1em; }
        section, .item { page-break-inside: avoid; }
        @media print { body { margin: 1.5cm; max-width: none; } }
        </style>
        </head>
        <body>
        \(body)</body>
        </html>

        """
    }

    static func escape(_ s: String) -> String {
        var out = ""
        for c in s {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(c)
            }
        }
        return out
    }
}
