import Foundation

extension PrintableDocument {
    /// After the conferences, for the teacher: who is done, booked or not yet, each child's next steps, and what
    /// the families said, added up (`export --class`, and the class summary in the program).
    public init(classSummaryOf classroom: Classroom, portfolios: [StudentID: Portfolio], _ tr: Strings) {
        var done: [Block] = [], booked: [Block] = [], notYet: [Block] = [], nextSteps: [Item] = []
        var feedback: [FamilyFeedback] = []
        for entry in classroom.roster {
            let record = portfolios[entry.id]?.conference
            if let f = record?.familyFeedback { feedback.append(f) }
            if record?.status == .done {
                done.append(.point(entry.displayName + (record?.finishedAt.map { " · " + Day($0).longTitle(tr) } ?? "")))
                let steps = record?.nextSteps ?? []
                nextSteps.append(Item(heading: entry.displayName,
                                      steps.isEmpty ? [.paragraph(tr("(none written down)"))] : steps.map { .point($0) }))
            } else if record?.status == .inProgress {
                done.append(.point(entry.displayName + " · " + tr("now")))
            } else if let slot = classroom.conference.slot(for: entry.id) {
                booked.append(.point(entry.displayName + " · " + slot.day.longTitle(tr) + " " + slot.time))
            } else {
                notYet.append(.point(entry.displayName))
            }
        }
        func list(_ blocks: [Block]) -> [Item] { [Item(blocks.isEmpty ? [.paragraph("—")] : blocks)] }
        let sections = [
            Section(title: tr("Done (\(done.count))"), items: list(done)),
            Section(title: tr("Booked (\(booked.count))"), items: list(booked)),
            Section(title: tr("Not yet (\(notYet.count))"), items: list(notYet)),
            Section(title: tr("Next steps"), items: nextSteps.isEmpty ? list([]) : nextSteps),
            Section(title: tr("What the families said"), items: [Item(FeedbackSummary(feedback, tr).lines.map { .point($0) })]),
        ]
        self.init(title: tr("Conferences — \(classroom.name)"),
                  subtitle: "\(classroom.teacher) · " + tr("\(done.count) of \(classroom.roster.count) done"),
                  sections: sections, language: tr.language)
    }
}
