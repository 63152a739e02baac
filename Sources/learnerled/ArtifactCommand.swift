import ArgumentParser
import Foundation
import LearnerLedCore
import TerminalKit

struct ArtifactCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "artifact", abstract: "Add to a student's portfolio.",
                                                    subcommands: [Add.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add an artifact to a student's portfolio.")

        @OptionGroup var data: DataOptions
        @Option(name: .customLong("student"), help: "The student's id.") var studentID: String
        @Option(help: "A subject id or name (e.g. math).") var subject: String
        @Option(help: "The title.") var title: String
        @Option(help: "writing, drawing, worksheet, project, test, photo of work, recording or other.") var kind: String = "writing"
        @Option(help: "The date, like 2026-09-14 (default: today).") var date: String?
        @Option(help: "Where the real work is: a file path or e.g. \"paper folder, page 4\".") var file: String?
        @Option(help: ArgumentHelp(
            "An id for the new artifact (a–z, 0–9, -). Running the same command again with the same id adds nothing twice.",
            valueName: "id")) var id: String?

        func validate() throws {
            if let id, !Identifier.isValidStudentID(id) {
                throw ValidationError("--id may use only a–z, 0–9 and - (like tangram-2026-11).")
            }
        }

        func run() throws {
            let folder = try ClassFolder(data, command: "artifact add")
            let student = try folder.student(studentID, command: "artifact add").id
            guard let subjectID = folder.classroom.subjects.first(where: {
                $0.id.rawValue == subject.lowercased() || $0.name.lowercased() == subject.lowercased()
            })?.id else {
                complain("learnerled artifact add: no subject “\(subject)”. This class has: "
                         + folder.classroom.subjects.map(\.id.rawValue).joined(separator: ", "))
                throw ExitCode.failure
            }
            let day: Day
            if let date {
                guard let parsed = Day(date) else {
                    complain("learnerled artifact add: write the date like 2026-09-14.")
                    throw ExitCode.failure
                }
                day = parsed
            } else {
                day = Day.today()
            }
            let clean = title.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !clean.isEmpty else {
                complain("learnerled artifact add: the title is empty.")
                throw ExitCode.failure
            }
            let artifact = Artifact(id: ArtifactID(id ?? Identifier.make()), title: clean, subjectID: subjectID,
                                    kind: ArtifactKind(rawValue: kind), date: day, location: file ?? "")
            var existing: Artifact?
            let result = folder.save(.student(student), create: { Portfolio(studentID: student) }) { p throws(StoreError) in
                existing = p.artifact(artifact.id) ?? p.trash.first { $0.id == artifact.id }
                try PortfolioChange.addArtifact(artifact).apply(to: &p)
            }
            try report(result, artifact, existing: existing, student: student)
        }

        /// Says what is true: added, already there (a retried command), saved but not confirmed, or not saved.
        private func report(_ result: Result<Portfolio, StoreError>, _ artifact: Artifact, existing: Artifact?,
                            student: StudentID) throws {
            let what = "“\(artifact.title)” (\(artifact.id))"
            switch result {
            case .failure(.notConfirmed(let f)):
                complain("learnerled artifact add: \(StoreError.notConfirmed(file: f).message)")
            case .failure(let e):
                complain("learnerled artifact add: \(e.commandLineMessage)")
                throw ExitCode.failure
            case .success:
                break
            }
            guard let existing else {
                say("Added \(what) to \(student)'s portfolio.")
                return
            }
            guard existing.title == artifact.title, existing.subjectID == artifact.subjectID, existing.date == artifact.date else {
                complain("learnerled artifact add: \(student) already has an artifact with the id \(artifact.id) (“\(existing.title)”); "
                         + "nothing was added. Use another --id.")
                throw ExitCode.failure
            }
            say("Already there: \(what) in \(student)'s portfolio; nothing added twice.")
        }
    }
}

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List students or artifacts.")

    enum What: String, ExpressibleByArgument, CaseIterable { case students, artifacts }

    @Argument(help: "students or artifacts") var what: What
    @OptionGroup var data: DataOptions
    @Option(name: .customLong("student"), help: "Only this student's artifacts.") var studentID: String?
    @Flag(help: "Print JSON.") var json = false

    struct StudentLine: Codable { var id, name, language: String; var artifacts: Int }
    struct ArtifactLine: Codable { var student, id, title, subject, kind, date, location: String; var stickyNote: String? }

    func run() throws {
        let folder = try ClassFolder(data, command: "list")
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        switch what {
        case .students:
            let lines = try folder.classroom.roster.map {
                StudentLine(id: $0.id.rawValue, name: $0.displayName, language: $0.preferredLanguage,
                            artifacts: try folder.portfolio($0.id, command: "list").artifacts.count)
            }
            if json {
                print(PrintableText.json(String(decoding: try encoder.encode(lines), as: UTF8.self)))
            } else {
                for l in lines { print([l.id, l.name, l.language, "\(l.artifacts) artifacts"].map(PrintableText.tsvField).joined(separator: "\t")) }
            }
        case .artifacts:
            let ids = try studentID.map { [try folder.student($0, command: "list").id] } ?? folder.classroom.roster.map(\.id)
            var lines: [ArtifactLine] = []
            for id in ids {
                for a in try folder.portfolio(id, command: "list").artifacts {
                    lines.append(ArtifactLine(student: id.rawValue, id: a.id.rawValue, title: a.title, subject: a.subjectID.rawValue, kind: a.kind.rawValue,
                                              date: a.date.description, location: a.location, stickyNote: a.stickyNote?.reason.rawValue))
                }
            }
            if json {
                print(PrintableText.json(String(decoding: try encoder.encode(lines), as: UTF8.self)))
            } else {
                for l in lines { print([l.student, l.date, l.subject, l.title].map(PrintableText.tsvField).joined(separator: "\t")) }
            }
        }
    }
}
