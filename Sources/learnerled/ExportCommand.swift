import ArgumentParser
import LearnerLedCore

extension DocumentFormat: ExpressibleByArgument {}

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Write a student's conference summary for their family.",
        discussion: "The HTML is one self-contained printable page; the text fits 80 columns.")

    @OptionGroup var data: DataOptions
    @Option(name: .customLong("student"), help: "The student's id.") var studentID: String
    @Option(help: "md, html or txt.") var format: DocumentFormat = .html
    @Option(help: "The file to write (default: standard output).") var out: String?

    func run() throws {
        let folder = try ClassFolder(data, command: "export")
        let student = try folder.student(studentID, command: "export").id
        let p = try folder.portfolio(student, command: "export")
        try emit(format.render(PrintableDocument(summaryOf: p, classroom: folder.classroom)), to: out)
    }
}

struct HandoutCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "handout", abstract: "Write the one-page guide for families (what a learner-led conference is, how to take part).")

    @Option(help: "en or es.") var language: String = "en"
    @Option(help: "md, html or txt.") var format: DocumentFormat = .html
    @Option(help: "The file to write (default: standard output).") var out: String?

    func validate() throws {
        guard FamilyHandout.languages.contains(language) else {
            throw ValidationError("The handout is written in: \(FamilyHandout.languages.joined(separator: ", ")).")
        }
    }

    func run() throws {
        try emit(format.render(FamilyHandout.document(language: language)), to: out)
    }
}
