import ArgumentParser
import LearnerLedCore

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Read every document in the data folder and list each problem. Never writes.",
        discussion: "Prints one line per problem (file: what is wrong). Exits 0 when clean, 1 otherwise."
    )

    @OptionGroup var data: DataOptions

    func run() throws {
        let folder = data.folder
        let problems = DataCheck.run(root: folder)
        for problem in problems { say(problem.description) }
        if problems.isEmpty {
            say("OK: \(folder) is clean.")
        } else {
            throw ExitCode.failure
        }
    }
}
