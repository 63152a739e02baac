import ArgumentParser
import Foundation
import LearnerLedCore

extension DocumentFormat: ExpressibleByArgument {}

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Write a student's conference summary for their family, or a page for the teacher.",
        discussion: "--student writes the family's summary, in the family's language; it never holds the teacher's notes. With --teacher it writes the conference record for the teacher instead: who came, what was covered, the questions asked, the criteria seen, the next steps and the teacher's own notes. --class writes the class summary for the teacher: done, booked and not yet, each child's next steps, and what the families said. The HTML is one self-contained printable page; the text fits 80 columns.")

    @OptionGroup var data: DataOptions
    @Option(name: .customLong("student"), help: "The student's id.") var studentID: String?
    @Flag(help: "The conference record with the teacher's notes (for the teacher only; needs --student).") var teacher = false
    @Flag(name: .customLong("class"), help: "The class summary for the teacher.") var wholeClass = false
    @Option(help: "md, html or txt.") var format: DocumentFormat = .html
    @Option(help: "The file to write (default: standard output).") var out: String?

    func validate() throws {
        guard (studentID != nil) != wholeClass else { throw ValidationError("Give either --student <id> or --class.") }
        if teacher, studentID == nil { throw ValidationError("--teacher writes one student's conference record: add --student <id>.") }
    }

    func run() throws {
        let folder = try ClassFolder(data, command: "export")
        let classroom = folder.classroom
        let tr = Strings.language(classroom.language)
        guard let studentID else {
            var portfolios: [StudentID: Portfolio] = [:]
            for entry in classroom.roster { portfolios[entry.id] = try folder.portfolio(entry.id, command: "export") }
            return try emit(format.render(PrintableDocument(classSummaryOf: classroom, portfolios: portfolios, tr)), to: out)
        }
        let student = try folder.student(studentID, command: "export").id
        let p = try folder.portfolio(student, command: "export")
        guard teacher else { return try emit(format.render(PrintableDocument(summaryOf: p, classroom: classroom)), to: out) }
        let notes: TeacherNotes?
        switch folder.store.load(.teacherNotes(student), as: TeacherNotes.self) {
        case .success(let n): notes = n
        case .failure(let e):
            complain("learnerled export: \(e.readingMessage)")
            throw ExitCode.failure
        }
        try emit(format.render(PrintableDocument(conferenceRecordOf: p, notes: notes, classroom: classroom, tr)), to: out)
    }
}

struct HandoutCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "handout", abstract: "Write the one-page guide for families (what a learner-led conference is, how to take part).",
        discussion: "With a class in the data folder, the guide names the class and the teacher, and says when the conferences are, how long each lasts and how they run, from the class's settings and schedule. Without one (and no --data), it is the general guide.")

    @OptionGroup var data: DataOptions
    @Option(help: "The language: \(FamilyHandout.languages.joined(separator: " or ")) (default: the class's).") var language: String?
    @Option(help: "md, html or txt.") var format: DocumentFormat = .html
    @Option(help: "The file to write (default: standard output).") var out: String?

    func validate() throws {
        if let language, Strings.speaking(language) == nil {
            throw ValidationError("The handout is written in: \(FamilyHandout.languages.joined(separator: ", ")).")
        }
    }

    func run() throws {
        let hasClass = data.data != nil || FileManager.default.fileExists(atPath: data.folder + "/classroom.json")
        let classroom = hasClass ? try ClassFolder(data, command: "handout").classroom : nil
        let code = language ?? classroom?.language ?? "en"
        try emit(format.render(FamilyHandout.document(language: code, classroom: classroom)), to: out)
    }
}
