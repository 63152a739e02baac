import ArgumentParser
import LearnerLedCore

struct ScheduleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schedule", abstract: "Print the conference schedule (time, student, family), to hand out or pin up.")

    @OptionGroup var data: DataOptions
    @Option(help: "The language of the page: \(FamilyHandout.languages.joined(separator: " or ")) (default: the class's).")
    var language: String?
    @Option(help: "md, html or txt.") var format: DocumentFormat = .txt
    @Option(help: "The file to write (default: standard output).") var out: String?

    func run() throws {
        let folder = try ClassFolder(data, command: "schedule")
        let c = folder.classroom
        let tr = Strings.language(language ?? c.language)
        var days: [PrintableDocument.Section] = []
        for slot in c.conference.schedule {
            let line = "\(slot.time)  \(c.student(slot.studentID)?.displayName ?? slot.studentID.rawValue)"
                + (slot.family.isEmpty ? "" : " — \(slot.family.joined(separator: ", "))")
            let title = slot.day.longTitle(tr)
            if days.last?.title == title {
                days[days.count - 1].items[0].blocks.append(.point(line))
            } else {
                days.append(.init(title: title, items: [.init([.point(line)])]))
            }
        }
        if days.isEmpty { days = [.init(title: tr("No conferences booked yet"), items: [])] }
        let doc = PrintableDocument(title: tr("Conference schedule — \(c.name)"),
                                    subtitle: "\(c.teacher) · " + tr("\(count: c.conference.slotMinutes) minutes each, \(c.conference.formatDescription(tr))"),
                                    sections: days, language: tr.language)
        try emit(format.render(doc), to: out)
    }
}
