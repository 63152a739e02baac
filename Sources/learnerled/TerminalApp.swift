/// Placeholder until the terminal program lands.
enum TerminalApp {
    static func run(dataFolder: String, studentID: String?, themeName: String?) -> Int32 { 0 }
}
