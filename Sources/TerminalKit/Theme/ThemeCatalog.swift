import Foundation
import Glibc

/// Every theme available: the built-in ones, then any in the given folders (a file there replaces a
/// built-in theme of the same name). Broken files are listed in `problems` and skipped.
///
/// A built-in theme is read when it is first drawn, not at start (they are known good: the tests read them all);
/// a folder's files are read at start, so that a broken one is named on the first screen (a copy of a built-in one
/// is the built-in one).
public struct ThemeCatalog: Sendable {
    /// Themes from the folders, by name.
    private var added: [String: Theme] = [:]
    /// One message per broken file: "path: problem — using the default".
    public private(set) var problems: [String] = []

    public init(folders: [String] = []) {
        for folder in folders {
            for name in Self.jsonFiles(in: folder).sorted() { load("\(folder)/\(name)") }
        }
    }

    /// The .json files in a folder, by readdir (Foundation's listing costs more than reading a theme).
    private static func jsonFiles(in path: String) -> [String] {
        guard let folder = opendir(path) else { return [] }
        defer { closedir(folder) }
        var names: [String] = []
        while let entry = readdir(folder) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
            if name.hasSuffix(".json") { names.append(name) }
        }
        return names
    }

    private mutating func load(_ path: String) {
        guard let data = FileManager.default.contents(atPath: path), data.count < 1_000_000 else {
            problems.append("\(path): cannot be read — using the default theme")
            return
        }
        // A copy of a built-in theme (the repository's own Themes folder, when the program runs from it) is that
        // theme: read when first drawn, like the built-in, instead of at start.
        // (The embedded text is the file without its last newline.)
        let content = data.last == UInt8(ascii: "\n") ? data.dropLast() : data[...]
        if BuiltInThemes.files.contains(where: { Self.same($0.text, content) }) { return }
        do {
            let theme = try Theme.parse(data, fallback: Theme.classic)
            added[theme.name] = theme
        } catch let error as Theme.ThemeError {
            problems.append("\(path): \(error.problem) — using the default theme")
        } catch {
            problems.append("\(path): cannot be read — using the default theme")
        }
    }

    /// Compared as bytes in one go: element by element through `Data`'s iterator cost ~0.8 M instructions a start.
    private static func same(_ text: String, _ content: Data.SubSequence) -> Bool {
        var text = text
        return text.withUTF8 { t in
            content.withUnsafeBytes { c in t.count == c.count && (t.isEmpty || memcmp(t.baseAddress!, c.baseAddress!, t.count) == 0) }
        }
    }

    /// The theme of that name, or nil.
    public subscript(name: String) -> Theme? {
        if let theme = added[name] { return theme }
        if name == "classic" { return Theme.classic }
        guard let file = BuiltInThemes.files.first(where: { $0.name == name }) else { return nil }
        return try? Theme.parse(Data(file.text.utf8), fallback: nil)
    }

    public func contains(_ name: String) -> Bool {
        added[name] != nil || BuiltInThemes.files.contains { $0.name == name }
    }

    /// The theme of that name, or the default.
    public func theme(named name: String?) -> Theme {
        name.flatMap { self[$0] } ?? self["classic"] ?? Theme.classic
    }

    /// Names in menu order: classic first, the rest alphabetically.
    public var names: [String] {
        ["classic"] + Set(BuiltInThemes.files.map(\.name) + added.keys).filter { $0 != "classic" }.sorted()
    }
}
