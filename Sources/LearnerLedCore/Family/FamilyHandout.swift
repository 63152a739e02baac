/// The one-page guide for families: what a learner-led conference is and how to take part, with the class's own
/// details (teacher, days, length, format) when it is written for a class.
public enum FamilyHandout {
    /// The languages the guide is written in: every language the program speaks.
    public static var languages: [String] { Strings.languages }

    public static func document(language: String, classroom: Classroom? = nil) -> PrintableDocument {
        let tr = Strings.language(language)
        var sections: [PrintableDocument.Section] = []
        if let classroom, let details = details(classroom, tr) { sections.append(details) }
        sections += [
            section(tr("What is a learner-led conference?"), [.paragraph(tr("This time your child shows you their own work and tells you what they have learned, what is still hard, and what they will do next. The teacher is there to support."))]),
            section(tr("Why does your child lead?"), [.paragraph(tr("Talking about their own learning helps children understand it and own it. For some children, just sitting down and showing their work is big growth."))]),
            section(tr("How to take part"), [
                .point(tr("Listen first: let your child talk and show their work.")),
                .point(tr("Ask about the work, not only about grades.")),
                .point(tr("Let your child lead, even if it takes a little longer or they make a mistake.")),
                .point(tr("Put phones away during the conference.")),
                .point(tr("At the end, agree together on one or two next steps.")),
            ]),
            section(tr("Questions you might ask"), [
                .point(tr("Which piece of work are you proudest of? Why?")),
                .point(tr("What was hard, and how did you keep trying?")),
                .point(tr("What do you want to learn next?")),
                .point(tr("How can we help you at home?")),
            ]),
        ]
        let subtitle = classroom.map { "\($0.name) · \($0.teacher)" } ?? tr("A guide for families")
        return PrintableDocument(title: tr("Your child leads the conference"), subtitle: subtitle, sections: sections,
                                 language: tr.language)
    }

    /// When, how long, and how: from the class's conference settings and schedule.
    static func details(_ c: Classroom, _ tr: Strings) -> PrintableDocument.Section? {
        let settings = c.conference
        var blocks: [PrintableDocument.Block] = [
            .point(tr("Teacher: \(c.teacher)")),
            .point(tr("Each conference lasts \(count: settings.slotMinutes) minutes.")),
            .point(tr("How: \(settings.formatDescription(tr)).")),
        ]
        let days = Array(Set(settings.schedule.map(\.day))).sorted()
        if let first = days.first, let last = days.last {
            blocks.insert(.point(first == last ? tr("When: \(first.longTitle(tr))")
                                 : tr("When: from \(first.longTitle(tr)) to \(last.longTitle(tr))")), at: 0)
            blocks.append(.paragraph(tr("Your time is on the schedule the class sends home.")))
        }
        return section(tr("Our conferences"), blocks)
    }

    static func section(_ title: String, _ blocks: [PrintableDocument.Block]) -> PrintableDocument.Section {
        PrintableDocument.Section(title: title, items: [PrintableDocument.Item(blocks)])
    }
}
