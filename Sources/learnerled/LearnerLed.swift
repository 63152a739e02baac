import ArgumentParser
import Foundation
import LearnerLedCore
import TerminalKit

@main
struct LearnerLed: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "learnerled",
        abstract: "Learner-led conferences: portfolios, reflections, sticky notes, rehearsal and the conference.",
        discussion: """
        With no command, opens the full-screen program at sign-in: each child picks their name (and their two \
        pictures, if the class uses them); the teacher's side needs the teacher's passphrase. With --student NAME, \
        only that student's portfolio (a child's own machine). `learnerled kiosk` is for a class server.
        """,
        subcommands: [OpenCommand.self, KioskCommand.self, TeacherCommand.self, DemoCommand.self, CheckCommand.self, RosterCommand.self, ArtifactCommand.self,
                      ListCommand.self, ExportCommand.self, HandoutCommand.self, ScheduleCommand.self, StoreTortureCommand.self],
        defaultSubcommand: OpenCommand.self
    )

    static func main() {
        if let quick = QuickStart(Array(CommandLine.arguments.dropFirst())) { Foundation.exit(quick.run()) }
        main(nil)
    }
}

/// The full-screen program (the default command). A subcommand of its own so that its --student never
/// swallows another command's --student.
struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "open", abstract: "Open the full-screen program (the default).")

    @OptionGroup var data: DataOptions

    @Option(name: .long, help: "Open only this student's portfolio: their id or name (\"Zoë Müller\", \"zoe\").")
    var student: String?

    @Option(name: .long, help: "Colour theme for the teacher's view (classic, high-contrast, monochrome, ocean, forest, sunset).")
    var theme: String?

    func run() throws {
        let code = TerminalApp.run(dataFolder: data.folder, studentID: student, themeName: theme)
        if code != 0 { throw ExitCode(code) }
    }
}

/// The program a class server gives each child (OpenSSH's ForceCommand): sign-in, and back to sign-in when a
/// child is done or idle. No key a child can press ends it; the teacher, once unlocked, can.
struct KioskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kiosk", abstract: "Run the classroom session a class server gives every child (see README: class server).")

    @OptionGroup var data: DataOptions

    func run() throws {
        let code = TerminalApp.run(dataFolder: data.folder, studentID: nil, themeName: nil, kiosk: true)
        if code != 0 { throw ExitCode(code) }
    }
}

struct DataOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The data folder.", discussion:
        "Default: $LEARNERLED_DATA, else $XDG_DATA_HOME/learnerled, else ~/.local/share/learnerled.",
        valueName: "dir"))
    var data: String?

    var folder: String { DataFolder.resolve(explicit: data) }
}

/// Prints to standard error (never used while the full-screen program owns the terminal). Names, ids and
/// fields from files are in these messages: controls are shown as text, never sent to the terminal.
func complain(_ message: String) {
    FileHandle.standardError.write(Data((PrintableText.terminal(message) + "\n").utf8))
}

/// Prints to standard output, harmless for the terminal whatever the data holds.
func say(_ text: String, terminator: String = "\n") {
    print(PrintableText.terminal(text), terminator: terminator)
}
