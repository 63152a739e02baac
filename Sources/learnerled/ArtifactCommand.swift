import ArgumentParser
import Foundation
import LearnerLedCore

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
            let artifact = Artifact(title: clean, subjectID: subjectID, kind: ArtifactKind(rawValue: kind), date: day,
                                    location: file ?? "")
            let result = folder.store.update(.student(student), create: { Portfolio(studentID: student) }) { p throws(StoreError) in
                try PortfolioChange.addArtifact(artifact).apply(to: &p)
            }
            if case .failure(let e) = result {
                complain("learnerled artifact add: \(e.message)")
                throw ExitCode.failure
            }
            print("Added “\(clean)” (\(artifact.id)) to \(studentID)'s portfolio.")
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
                print(String(decoding: try encoder.encode(lines), as: UTF8.self))
            } else {
                for l in lines { print("\(l.id)\t\(l.name)\t\(l.language)\t\(l.artifacts) artifacts") }
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
                print(String(decoding: try encoder.encode(lines), as: UTF8.self))
            } else {
                for l in lines { print("\(l.student)\t\(l.date)\t\(l.subject)\t\(l.title)") }
            }
        }
    }
}
