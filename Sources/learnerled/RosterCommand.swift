import ArgumentParser
import Foundation
import LearnerLedCore
import LearnerLedUI

struct RosterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "roster", abstract: "Manage the class roster.",
                                                    subcommands: [Import.self])

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add or update students from a school's class list (CSV).",
            discussion: """
            The file is a class list as a school's system or Google Classroom exports it: a header row, then one \
            student a row, separated by commas, semicolons or tabs, in UTF-8 (with or without a BOM) or UTF-16 \
            (a spreadsheet's "Unicode text").

            The header is read in English or Spanish, case, spaces and _ aside: a name ("Name", "Nombre"), or first \
            and last names ("First Name", "Last_Name", "Surname", "Apellido") shown "First Last", or one "Last, \
            First" column turned round; a student number or school id, an email, a language by code or by name \
            ("es", "Spanish", "Español") and a family contact are kept. --columns names any column the guess does \
            not know, for example --columns "name=Pupil,language=Home Lang".

            Importing again updates, never duplicates: a row is the student with the same school number, else the \
            same email, else the same name; a new name in the school's system renames the student and says so. A \
            name already in the class with nothing else to tell the two apart is taken as the same child; if it \
            is a second child with that name, run it again with --same-name second.

            Use --dry-run first to see what would be added, updated and skipped. Each bad row is reported with its \
            line number, and nothing is imported until the file is clean unless --skip-bad is given.
            """)

        @Argument(help: "The class list file.") var file: String
        @OptionGroup var data: DataOptions
        @Flag(help: "Show what would be added, updated and skipped, and write nothing.") var dryRun = false
        @Flag(help: "Import the good rows and skip the bad ones.") var skipBad = false
        @Option(help: "A name already in the class: the same child (same), or a second child with that name (second).")
        var sameName: RosterImport.SameName = .same
        @Option(help: ArgumentHelp("Which header holds what, as role=Header pairs; roles: "
                                     + RosterColumns.Role.allCases.map(\.rawValue).joined(separator: ", ") + ".",
                                     valueName: "role=Header,…"))
        var columns: String?

        func run() throws {
            let folder = try ClassFolder(data, command: "roster import")
            let result = try read(into: folder.classroom)
            if !result.readable {
                for problem in result.problems { complain("\(file): \(problem)") }
                throw ExitCode.failure
            }
            if dryRun {
                for line in RosterPreview.lines(result, width: 80) { say(line) }
                if let note = RosterPreview.languageNote(result, classroom: folder.classroom) { say(note) }
                say(RosterPreview.summary(result) + " Nothing was written (--dry-run)."
                    + (result.problems.isEmpty || skipBad ? "" : " Fix the bad rows, or import with --skip-bad to leave them out."))
                return
            }
            report(result)
            if !result.problems.isEmpty, !skipBad {
                complain("Nothing imported: fix the rows above, or use --skip-bad to import the others.")
                throw ExitCode.failure
            }
            if !result.changes.isEmpty { try save(result.changes, in: folder) }
            if let note = RosterPreview.languageNote(result, classroom: folder.classroom) { say(note) }
            say(RosterPreview.summary(result, done: true))
        }

        private func read(into classroom: Classroom) throws -> RosterImport.Result {
            do {
                let mapping = try columns.map { text throws(RosterImport.Problem) in try RosterColumns.mapping(text) } ?? [:]
                let text = try RosterText.read(file).get()
                return RosterImport.read(text, into: classroom, sameName: sameName, columns: mapping)
            } catch {
                complain("learnerled roster import: \(file): \(error)")
                throw ExitCode.failure
            }
        }

        private func report(_ result: RosterImport.Result) {
            for row in result.rows {
                switch row.outcome {
                case .update(let changes): say("\(row.entry.displayName) (\(row.entry.id)): \(changes.joined(separator: ", ")).")
                case .former: complain("\(row.entry.displayName) was taken off the roster earlier and was not added again; "
                                       + "put them back from Former students in the class list.")
                default: break
                }
            }
            if !result.sameName.isEmpty {
                complain("Taken as children already listed (same name): \(result.sameName.joined(separator: ", ")). If one is a "
                         + "second child with that name, run this again with --same-name second.")
            }
            for problem in result.problems { complain("\(file): \(problem)") }
        }

        private func save(_ changes: [ClassroomChange], in folder: ClassFolder) throws {
            let saved = folder.save(.classroom, create: { folder.classroom }) { c throws(StoreError) in
                for change in changes { try change.apply(to: &c) }
            }
            switch saved {
            case .success: break
            case .failure(.notConfirmed(let file)): complain("learnerled roster import: \(StoreError.notConfirmed(file: file).message)")
            case .failure(let e):
                complain("learnerled roster import: \(e.commandLineMessage)")
                throw ExitCode.failure
            }
        }
    }
}

extension RosterImport.SameName: ExpressibleByArgument {}
