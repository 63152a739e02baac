import Foundation

extension PrintableDocument {
    /// What a family takes home: the child's conference in their own words, the rest in the family's language.
    public init(summaryOf p: Portfolio, classroom: Classroom) {
        let tr = classroom.familyStrings(of: p.studentID)
        let name = classroom.student(p.studentID)?.displayName ?? p.studentID.rawValue
        let starters = classroom.starters(for: tr.language)
        var subtitle = "\(name) · \(classroom.name) · \(classroom.teacher)"
        if let finished = p.conference?.finishedAt { subtitle += " · " + tr("conference on \(Day(finished).longTitle(tr))") }
        self.init(title: "\(p.cover.symbol) \(p.cover.title)", subtitle: subtitle, sections: [], language: tr.language)

        let chosen = p.chosen.map { a -> Item in
            let subject = classroom.subject(a.subjectID).map { "\($0.symbol) \($0.name)" } ?? a.subjectID.rawValue
            var facts = [subject, tr(Phrase(verbatim: a.kind.rawValue)), a.date.longTitle(tr)]
            if !a.location.isEmpty { facts.append(a.location) }
            var blocks: [Block] = [.paragraph(facts.joined(separator: " · "))]
            if let note = a.stickyNote {
                let why = note.reason == .strength ? tr("Chosen to show a strength") : tr("Chosen to show a challenge")
                blocks.append(.paragraph(why + (note.words.isEmpty ? "." : ": “\(note.words)”")))
            }
            for part in ReflectionPart.order(for: a.stickyNote?.reason) where !a.reflection[part].isEmpty {
                blocks.append(.point("\(starters.artifact[part]) \(a.reflection[part])"))
            }
            return Item(heading: a.title, blocks)
        }
        sections.append(Section(title: tr("What I chose to share"),
                                items: chosen.isEmpty ? [Item([.paragraph(tr("Nothing chosen yet."))])] : chosen))

        let entries = p.entries
        let highlights = Array(entries.prefix(3)) + (entries.count > 3 ? [entries.last!] : [])
        if !highlights.isEmpty {
            sections.append(Section(title: tr("From my journal"), items: highlights.map {
                Item(heading: Day($0.date).longTitle(tr), [.paragraph("\($0.starter) \($0.words)")])
            }))
        }

        let finished = p.rehearsals.filter(\.isFinished)
        if let last = finished.last {
            var blocks: [Block] = [.paragraph(tr("I practised \(count: finished.count) times; the last time \(last.partner.describe(last.partnerName, tr))."))]
            if !last.workedWell.isEmpty { blocks.append(.point(tr("What worked: \(last.workedWell)"))) }
            if !last.tryNext.isEmpty { blocks.append(.point(tr("What I tried next: \(last.tryNext)"))) }
            sections.append(Section(title: tr("Getting ready"), items: [Item(blocks)]))
        }

        if let record = p.conference, record.status == .done {
            var blocks: [Block] = record.nextSteps.map { .point($0) }
            if blocks.isEmpty { blocks = [.paragraph(tr("(none written down)"))] }
            if !record.attendees.isEmpty { blocks.append(.paragraph(tr("With: \(record.attendees.joined(separator: ", "))"))) }
            sections.append(Section(title: tr("Our next steps"), items: [Item(blocks)]))
        }
    }
}
