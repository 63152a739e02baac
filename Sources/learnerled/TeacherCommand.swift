import ArgumentParser
import Foundation
import Glibc
import LearnerLedCore

struct TeacherCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "teacher", abstract: "The teacher's side of the class.",
                                                    subcommands: [Passphrase.self])

    /// Sets or resets the teacher's passphrase. Only a salted scrypt hash is kept (in access.json).
    struct Passphrase: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Choose or change the teacher's passphrase (asked twice, not shown).",
            discussion: "Run it as the account that owns the class's data folder, e.g. `sudo -u room12 learnerled teacher passphrase`.")

        @OptionGroup var data: DataOptions
        @Flag(help: "Read the passphrase from the first line of standard input (for scripts).") var stdin = false

        func run() throws {
            let folder = try ClassFolder(data, command: "teacher passphrase")
            let chosen: String
            if stdin {
                chosen = (readLine(strippingNewline: true) ?? "")
            } else {
                let first = ask("New teacher passphrase: "), second = ask("The same again: ")
                guard first == second else {
                    complain("learnerled teacher passphrase: the two were not the same; nothing changed.")
                    throw ExitCode.failure
                }
                chosen = first
            }
            guard chosen.count >= 6 else {
                complain("learnerled teacher passphrase: choose at least 6 characters; nothing changed.")
                throw ExitCode.failure
            }
            let hash = try PassphraseHash(passphrase: chosen)
            switch folder.save(.access, create: { Access() }, { (a: inout Access) throws(StoreError) in a.teacherPassphrase = hash }) {
            case .success, .failure(.notConfirmed):
                say("The teacher's passphrase is set. Only its hash is kept, in access.json.")
            case .failure(let e):
                complain("learnerled teacher passphrase: \(e.commandLineMessage)")
                throw ExitCode.failure
            }
        }

        /// Reads a line from the terminal without showing it.
        private func ask(_ prompt: String) -> String {
            FileHandle.standardError.write(Data(prompt.utf8))
            var saved = termios()
            let isTerminal = tcgetattr(STDIN_FILENO, &saved) == 0
            if isTerminal {
                var quiet = saved
                quiet.c_lflag &= ~tcflag_t(ECHO)
                tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet)
            }
            let line = readLine(strippingNewline: true) ?? ""
            if isTerminal {
                tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved)
                FileHandle.standardError.write(Data("\n".utf8))
            }
            return line
        }
    }
}
