import Foundation
import LearnerLedCore
import TerminalKit

/// Before the real conference: who came.
public struct ConferenceSetupForm: Equatable, Sendable {
    public var studentID: String
    public var attendees: TextEditor

    public init(studentID: String, attendees: [String]) {
        self.studentID = studentID
        self.attendees = TextEditor(attendees.joined(separator: ", "), maxLength: 200)
    }

    public var names: [String] {
        attendees.text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}

/// After the last step of the real conference: the next steps agreed with the family.
public struct ConferenceCloseForm: Equatable, Sendable {
    public var studentID: String
    public var nextSteps = TextEditor("", maxLength: 600)

    public init(studentID: String) { self.studentID = studentID }

    /// One next step per sentence or line the family agreed on.
    public var steps: [String] {
        nextSteps.text.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}

/// The teacher's glanceable view of one student's live conference.
public struct LiveSupportState: Equatable, Sendable {
    public enum Focus: Equatable, Sendable { case agenda, criteria, note }

    public var studentID: String
    /// The conference as the student will lead it (rebuilt when their portfolio changes).
    public var steps: [ConferenceStep] = []
    /// The chosen artifacts in order, with their places in the portfolio: the agenda.
    public var agendaRows: [PortfolioRow] = []
    public var agenda: [String] { agendaRows.compactMap(\.artifactID) }

    public func agendaArtifact(_ i: Int, in p: Portfolio) -> Artifact? {
        PortfolioState.artifact(row: i, of: agendaRows, in: p)
    }
    /// The teacher's place in the agenda; it follows the student's step as they move on.
    public var agendaIndex = 0
    /// The student's step when last seen, to notice when they move.
    public var followedStep: Int?
    public var focus: Focus = .agenda
    public var criterionIndex = 0
    public var note = TextEditor("", maxLength: 300)
    /// The slot timer: time counted before the last start, and when it was started (nil while paused).
    public var timerSeconds = 0
    public var timerStartedAt: Date?

    public init(studentID: String) { self.studentID = studentID }

    public func elapsed(at now: Date) -> Int {
        timerSeconds + (timerStartedAt.map { max(0, Int(now.timeIntervalSince($0))) } ?? 0)
    }

    /// The numbered questions: those the teacher pinned for this student first, then the class's bank.
    public static func questions(pinned: [String], bank: [String]) -> [String] {
        var seen = Set<String>()
        return (pinned + bank).filter { seen.insert($0).inserted }
    }
}

/// The teacher writing, before the conference, what they may share and which questions to keep at hand.
public struct TeacherNotesForm: Equatable, Sendable {
    public var studentID: String
    public var focus = 0
    public var reflections: TextEditor
    public var pinned: TextEditor

    public init(studentID: String, notes: TeacherNotes?) {
        self.studentID = studentID
        reflections = TextEditor(notes?.reflections ?? "", maxLength: 1000)
        pinned = TextEditor((notes?.pinnedQuestions ?? []).joined(separator: "; "), maxLength: 600)
    }

    public var pinnedQuestions: [String] {
        pinned.text.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
