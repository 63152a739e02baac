import Foundation

/// Where the data lives: `--data DIR`, else `$LEARNERLED_DATA`, else `$XDG_DATA_HOME/learnerled`,
/// else `~/.local/share/learnerled`.
public enum DataFolder {
    /// `environment` looks one variable up (getenv: Foundation's whole environment dictionary costs more than the
    /// rest of reading the command line, on every start).
    public static func resolve(explicit: String?, environment: (String) -> String? = { getenv($0).map { String(cString: $0) } }) -> String {
        if let explicit, !explicit.isEmpty { return absolute(explicit) }
        if let env = environment("LEARNERLED_DATA"), !env.isEmpty { return absolute(env) }
        if let xdg = environment("XDG_DATA_HOME"), xdg.hasPrefix("/") { return xdg + "/learnerled" }
        let home = environment("HOME").flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.local/share/learnerled"
    }

    /// The demo classroom lives beside the real one, never inside it: `…/learnerled` → `…/learnerled-demo`.
    public static func demoFolder(beside folder: String) -> String {
        var trimmed = folder
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed.removeLast() }
        return trimmed + "-demo"
    }

    static func absolute(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        if path == "~" || path.hasPrefix("~/") { return NSHomeDirectory() + path.dropFirst() }
        return FileManager.default.currentDirectoryPath + "/" + path
    }
}
