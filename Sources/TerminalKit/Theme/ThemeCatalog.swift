import Foundation

/// Every theme available: the built-in ones, then any in the given folders (a file there replaces a
/// built-in theme of the same name). Broken files are listed in `problems` and skipped.
public struct ThemeCatalog: Sendable {
    public private(set) var themes: [String: Theme] = [:]
    /// One message per broken file: "path: problem — using the default".
    public private(set) var problems: [String] = []

    public init(folders: [String] = []) {
        for file in BuiltInThemes.files {
            if let theme = try? Theme.parse(Data(file.text.utf8), fallback: nil) { themes[theme.name] = theme }
        }
        for folder in folders {
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".json") }
            for name in names.sorted() { load("\(folder)/\(name)") }
        }
    }

    private mutating func load(_ path: String) {
        guard let data = FileManager.default.contents(atPath: path), data.count < 1_000_000 else {
            problems.append("\(path): cannot be read — using the default theme")
            return
        }
        do {
            let theme = try Theme.parse(data, fallback: Theme.classic)
            themes[theme.name] = theme
        } catch let error as Theme.ThemeError {
            problems.append("\(path): \(error.problem) — using the default theme")
        } catch {
            problems.append("\(path): cannot be read — using the default theme")
        }
    }

    /// The theme of that name, or the default.
    public func theme(named name: String?) -> Theme {
        name.flatMap { themes[$0] } ?? themes["classic"] ?? Theme.classic
    }

    /// Names in menu order: classic first, the rest alphabetically.
    public var names: [String] {
        ["classic"] + themes.keys.filter { $0 != "classic" }.sorted()
    }
}
