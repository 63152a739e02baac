import Foundation

extension PrintableDocument {
    /// The conference as the teacher keeps it, for the teacher only: who came, what was covered, the questions
    /// asked, the criteria seen, the next steps, and the teacher's own notes and reflections. Never given to a
    /// family (`export --teacher`, and the record screen in the program).
    public init(conferenceRecordOf p: Portfolio, notes: TeacherNotes?, classroom: Classroom, _ tr: Strings) {
        let name = classroom.student(p.studentID)?.displayName ?? p.studentID.rawValue
        let record = p.conference ?? ConferenceRecord()
        var subtitle = "\(classroom.name) · \(classroom.teacher) · " + tr("for the teacher only")
        if let at = record.startedAt { subtitle += " · " + Day(at).longTitle(tr) + " " + Self.time(at) }
        self.init(title: tr("Conference record — \(name)"), subtitle: subtitle, sections: [], language: tr.language)

        var how: [Block] = [.point(tr("Status: \(Self.status(record.status, tr))"))]
        if !record.attendees.isEmpty { how.append(.point(tr("With: \(record.attendees.joined(separator: ", "))"))) }
        if let start = record.startedAt, let end = record.finishedAt {
            how.append(.point(tr("From \(Self.time(start)) to \(Self.time(end)) (\(count: max(0, Int(end.timeIntervalSince(start))) / 60) minutes)")))
        }
        sections.append(Section(title: tr("The conference"), items: [Item(how)]))

        let chosen = p.chosen
        let covered = chosen.filter { record.artifactsCovered.contains($0.id) }
        sections.append(Section(title: tr("Artifacts covered (\(covered.count) of \(chosen.count))"), items: [Item(
            chosen.isEmpty ? [.paragraph(tr("Nothing chosen yet."))]
                : chosen.map { .paragraph((record.artifactsCovered.contains($0.id) ? "✓ " : "○ ") + $0.title) })]))

        let criteria = classroom.successCriteria(for: tr.language)
        sections.append(Section(title: tr("Success criteria seen (\(criteria.filter { record.criteriaSeen.contains($0.id) }.count) of \(criteria.count))"),
                                items: [Item(criteria.map { .paragraph((record.criteriaSeen.contains($0.id) ? "✓ " : "○ ") + $0.text) })]))

        sections.append(Section(title: tr("Questions asked"), items: [Item(
            record.questionsUsed.isEmpty ? [.paragraph(tr("(none)"))] : record.questionsUsed.map { .point($0) })]))

        sections.append(Section(title: tr("Our next steps"), items: [Item(
            record.nextSteps.isEmpty ? [.paragraph(tr("(none written down)"))] : record.nextSteps.map { .point($0) })]))

        let rehearsals = p.rehearsals.filter(\.isFinished)
        if !rehearsals.isEmpty {
            sections.append(Section(title: tr("Rehearsals (\(rehearsals.count))"), items: rehearsals.enumerated().map { i, r in
                var blocks: [Block] = []
                if !r.workedWell.isEmpty { blocks.append(.point(tr("worked: “\(r.workedWell)”"))) }
                if !r.tryNext.isEmpty { blocks.append(.point(tr("try: “\(r.tryNext)”"))) }
                blocks += (r.teacherFeedback ?? []).map { .point(tr("Teacher: “\($0.text)”")) }
                return Item(heading: "\(i + 1). " + Day(r.startedAt).longTitle(tr) + ", " + r.partner.describe(r.partnerName, tr), blocks)
            }))
        }

        let notes = notes ?? TeacherNotes(studentID: p.studentID)
        sections.append(Section(title: tr("My notes"), items: [Item(
            notes.conferenceNotes.isEmpty ? [.paragraph(tr("(none)"))]
                : notes.conferenceNotes.map { .point(Self.time($0.at) + "  " + $0.text) })]))
        if !notes.reflections.isEmpty {
            sections.append(Section(title: tr("What I may share if they need support"), items: [Item([.paragraph(notes.reflections)])]))
        }
        if let feedback = record.familyFeedback {
            sections.append(Section(title: tr("What the family said"), items: [Item(FeedbackSummary([feedback], tr).lines.map { .point($0) })]))
        }
    }

    static func status(_ status: ConferenceRecord.Status, _ tr: Strings) -> String {
        switch status {
        case .notScheduled: return tr("not yet")
        case .scheduled: return tr("booked")
        case .inProgress: return tr("now")
        case .done: return tr("done")
        }
    }

    /// "18:05", the local time of day.
    public static func time(_ date: Date) -> String {
        let c = Calendar.current.dateComponents([.hour, .minute], from: date)
        return String(format: "%d:%02d", c.hour ?? 0, c.minute ?? 0)
    }
}

/// Families' answers added up for the teacher.
public struct FeedbackSummary: Sendable {
    public var lines: [String]

    public init(_ all: [FamilyFeedback], _ tr: Strings = .english) {
        func count(_ values: [Bool?]) -> String {
            let answered = values.compactMap { $0 }
            return tr("\(answered.filter { $0 }.count) of \(answered.count)")
        }
        guard !all.isEmpty else {
            lines = [tr("No family feedback yet.")]
            return
        }
        let goals = all.map(\.goalsToAdd).filter { !$0.isEmpty }
        let well = all.map(\.wentWell).filter { !$0.isEmpty }
        lines = [tr("Families: \(all.count) · it was clear: \(count(all.map(\.wasClear))) · the time was enough: \(count(all.map(\.timeWasEnough)))"),
                 tr("Went well: \(well.isEmpty ? "—" : well.prefix(3).joined(separator: " · "))"),
                 tr("Goals families would add: \(goals.isEmpty ? "—" : goals.prefix(3).joined(separator: " · "))")]
    }
}
