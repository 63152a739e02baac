import ArgumentParser
import Foundation
import LearnerLedCore

struct RosterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "roster", abstract: "Manage the class roster.",
                                                    subcommands: [Import.self])

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add students from a CSV file.",
            discussion: """
            The file needs a header row with a name column; id, language (en, es, …) and family contact columns are
            optional. Quoted fields, commas in names, UTF-8 with or without a BOM and Windows line endings are fine.
            Each bad row is reported with its line number and nothing is imported until the file is clean, unless
            --skip-bad is given. Students already on the roster are never added twice: a row with the name of a student \
            already in the class (or named twice in the file) is taken as the same child and said so; if it is a \
            second child with that name, run it again with --same-name second.
            """)

        @Argument(help: "The CSV file.") var file: String
        @OptionGroup var data: DataOptions
        @Flag(help: "Import the good rows and skip the bad ones.") var skipBad = false
        @Option(help: "A name already in the class: the same child (same), or a second child with that name (second).")
        var sameName: RosterImport.SameName = .same

        func run() throws {
            let folder = try ClassFolder(data, command: "roster import")
            guard let bytes = FileManager.default.contents(atPath: file) else {
                complain("learnerled roster import: cannot read \(file)")
                throw ExitCode.failure
            }
            guard let text = String(data: bytes, encoding: .utf8) else {
                complain("learnerled roster import: \(file) is not UTF-8 text. Save it as “CSV UTF-8” and try again.")
                throw ExitCode.failure
            }
            let result = RosterImport.read(text, into: folder.classroom, sameName: sameName)
            for name in result.sameName {
                complain("\(name) is already in the class: taken as the same child. If it is a second child with that name, "
                         + "run this again with --same-name second.")
            }
            for problem in result.problems { complain("\(file): \(problem)") }
            if !result.readable { throw ExitCode.failure }
            if !result.problems.isEmpty, !skipBad {
                complain("Nothing imported: fix the rows above, or use --skip-bad to import the others.")
                throw ExitCode.failure
            }
            if !result.students.isEmpty {
                let saved = folder.save(.classroom, create: { folder.classroom }) { c throws(StoreError) in
                    try ClassroomChange.addStudents(result.students).apply(to: &c)
                }
                switch saved {
                case .success: break
                case .failure(.notConfirmed(let file)): complain("learnerled roster import: \(StoreError.notConfirmed(file: file).message)")
                case .failure(let e):
                    complain("learnerled roster import: \(e.commandLineMessage)")
                    throw ExitCode.failure
                }
            }
            say("Added \(result.students.count) student\(result.students.count == 1 ? "" : "s")"
                  + (result.alreadyThere.isEmpty ? "" : "; \(result.alreadyThere.count) already on the roster")
                  + (result.problems.isEmpty ? "." : "; skipped \(result.problems.count) bad row\(result.problems.count == 1 ? "" : "s")."))
        }
    }
}

extension RosterImport.SameName: ExpressibleByArgument {}
