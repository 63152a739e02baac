import Foundation

/// One thing that happened in the real conference. Each touches only its own field of the record, so the
/// student stepping through on one terminal and the teacher marking on another never undo each other.
public enum ConferenceChange: Equatable, Sendable {
    case start(attendees: [String], at: Date)
    /// The step the student is on (the teacher's view follows it).
    case step(Int)
    case covered(artifactID: ArtifactID, Bool)
    case questionUsed(String, Bool)
    case criterionSeen(String, Bool)
    case finish(nextSteps: [String], at: Date)
    /// What the family said afterwards, as the teacher wrote it down.
    case familyFeedback(FamilyFeedback)

    public func apply(to record: inout ConferenceRecord) {
        switch self {
        case .start(let attendees, let at):
            if record.status != .inProgress || record.startedAt == nil { record.startedAt = at }
            record.status = .inProgress
            record.attendees = attendees
        case .step(let i):
            record.currentStep = i
            if record.status != .done { record.status = .inProgress }
        case .covered(let id, let on): Self.set(&record.artifactsCovered, id, on)
        case .questionUsed(let q, let on): Self.set(&record.questionsUsed, q, on)
        case .criterionSeen(let id, let on): Self.set(&record.criteriaSeen, id, on)
        case .finish(let nextSteps, let at):
            record.status = .done
            record.finishedAt = at
            record.nextSteps = nextSteps
        case .familyFeedback(let feedback):
            record.familyFeedback = feedback
        }
    }

    private static func set<T: Equatable>(_ list: inout [T], _ item: T, _ on: Bool) {
        if on, !list.contains(item) { list.append(item) }
        if !on { list.removeAll { $0 == item } }
    }
}

/// The teacher listening in on a rehearsal: each touches only the teacher's own fields of it.
public enum TeacherRehearsalChange: Equatable, Sendable {
    case criterionSeen(String, Bool)
    case feedback(TimedNote)

    public func apply(to r: inout Rehearsal) {
        switch self {
        case .criterionSeen(let id, let on):
            var seen = r.teacherSeen ?? []
            if on, !seen.contains(id) { seen.append(id) }
            if !on { seen.removeAll { $0 == id } }
            r.teacherSeen = seen
        case .feedback(let note):
            var all = r.teacherFeedback ?? []
            if !all.contains(note) { all.append(note) }
            r.teacherFeedback = all
        }
    }
}

/// What the teacher keeps about a student for their own eyes.
public enum TeacherNotesChange: Equatable, Sendable {
    case addNote(TimedNote)
    case setReflections(String, pinned: [String])

    public func apply(to notes: inout TeacherNotes) {
        switch self {
        case .addNote(let note):
            if !notes.conferenceNotes.contains(note) { notes.conferenceNotes.append(note) }
        case .setReflections(let text, let pinned):
            notes.reflections = text
            notes.pinnedQuestions = pinned
        }
    }
}
