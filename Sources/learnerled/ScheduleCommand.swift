import ArgumentParser
import LearnerLedCore

struct ScheduleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schedule", abstract: "Print the conference schedule (time, student, family), to hand out or pin up.")

    @OptionGroup var data: DataOptions
    @Option(help: "md, html or txt.") var format: DocumentFormat = .txt
    @Option(help: "The file to write (default: standard output).") var out: String?

    func run() throws {
        let folder = try ClassFolder(data, command: "schedule")
        let c = folder.classroom
        var days: [PrintableDocument.Section] = []
        for slot in c.conference.schedule {
            let line = "\(slot.time)  \(c.student(slot.studentID)?.displayName ?? slot.studentID.rawValue)"
                + (slot.family.isEmpty ? "" : " — \(slot.family.joined(separator: ", "))")
            if days.last?.title == slot.day.description {
                days[days.count - 1].items[0].lines.append(line)
            } else {
                days.append(.init(title: slot.day.description, items: [.init(heading: "", lines: [line])]))
            }
        }
        if days.isEmpty { days = [.init(title: "No conferences booked yet", items: [])] }
        let doc = PrintableDocument(title: "Conference schedule — \(c.name)",
                                    subtitle: "\(c.teacher) · \(c.conference.slotMinutes) minutes each, \(c.conference.formatDescription)",
                                    sections: days, language: "en")
        try emit(format.render(doc), to: out)
    }
}
