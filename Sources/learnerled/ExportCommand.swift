import ArgumentParser
import Foundation
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
