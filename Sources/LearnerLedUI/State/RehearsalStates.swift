import Foundation
import LearnerLedCore
import TerminalKit

/// Before a rehearsal: who it is with, or going on with the one left unfinished.
public struct RehearsalSetupForm: Equatable, Sendable {
    public enum Field: Equatable, Sendable { case partner, name }

    public var studentID: String
    public var partner: Rehearsal.PartnerKind = .alone
    public var name = TextEditor("", maxLength: 40)
    public var focus: Field = .partner
    /// The last rehearsal left before its end, offered to resume.
    public var unfinished: Rehearsal?

    public init(studentID: String, unfinished: Rehearsal?) {
        self.studentID = studentID
        self.unfinished = unfinished
    }

    public var needsName: Bool { partner == .peer || partner == .smallGroup }
}

/// A rehearsal under way: the script built once when it starts, and where the student is in it.
public struct RehearsalState: Equatable, Sendable {
    public var studentID: String
    public var rehearsal: Rehearsal
    public var steps: [ConferenceStep]
    /// When the current step was reached, and when this sitting began (time before it is in the rehearsal).
    public var stepStartedAt: Date
    public var resumedAt: Date
    /// The real conference rather than a practice: steps are recorded in the conference record.
    public var isConference = false

    public var step: ConferenceStep? { steps.indices.contains(rehearsal.currentStep) ? steps[rehearsal.currentStep] : nil }

    /// The rehearsal with this sitting's time counted in.
    public func recorded(at now: Date) -> Rehearsal {
        var r = rehearsal
        r.secondsTaken += max(0, Int(now.timeIntervalSince(resumedAt)))
        return r
    }
}

/// After the last step: the success criteria, seen or not yet, and feedback that says what exactly.
public struct RehearsalCheckForm: Equatable, Sendable {
    public var studentID: String
    public var rehearsal: Rehearsal
    /// Criteria rows first, then the two feedback fields.
    public var focus = 0
    public var seen: Set<String> = []
    public var worked = TextEditor("", maxLength: 300)
    public var tryNext = TextEditor("", maxLength: 300)
    /// Set when Enter found the feedback vague; a second Enter keeps it as it is.
    public var hint: String?
    public let criteria: [SuccessCriterion]

    public init(studentID: String, rehearsal: Rehearsal, criteria: [SuccessCriterion]) {
        self.studentID = studentID
        self.rehearsal = rehearsal
        self.criteria = criteria
    }

    public var workedFocus: Int { criteria.count }
    public var tryFocus: Int { criteria.count + 1 }
    public var focusIsText: Bool { focus >= criteria.count }
}
