import LearnerLedCore

/// What the class list shows for one student.
struct StudentSummary: Equatable, Sendable {
    var artifacts: Int
    var readiness: Readiness
    var lastActivity: Day?
    /// Rehearsals finished, and the last one's feedback.
    var rehearsals: Int
    var lastRehearsal: Rehearsal?
    var conference: ConferenceRecord.Status
    var slot: ScheduledConference?
    /// Higher means the student needs the teacher's help sooner.
    var needsHelp: Int

    init(_ p: Portfolio, in classroom: Classroom) {
        artifacts = p.artifacts.count
        readiness = Readiness(p, in: classroom)
        lastActivity = p.lastActivity.map { Day($0) }
        let finished = p.rehearsals.filter(\.isFinished)
        rehearsals = finished.count
        lastRehearsal = finished.last
        conference = p.conference?.status ?? (classroom.conference.slot(for: p.studentID) == nil ? .notScheduled : .scheduled)
        slot = classroom.conference.slot(for: p.studentID)
        needsHelp = (readiness.notesChosen == 0 ? 4 : 0) + (readiness.rulesMet ? 0 : 2)
            + (readiness.notesChosen - readiness.reflectionsComplete) + (rehearsals == 0 ? 1 : 0)
    }

    /// "—", "● now", "✓ done".
    func conferenceText(_ tr: Strings) -> String {
        switch conference {
        case .notScheduled: return "—"
        case .scheduled: return slot.map { "\($0.day.shortTitle(tr)) \($0.time)" } ?? tr("booked")
        case .inProgress: return "● " + tr("now")
        case .done: return "✓ " + tr("done")
        }
    }
}
