import Foundation

/// One practice run of the conference, kept so the student and teacher can see progress.
public struct Rehearsal: Codable, Equatable, Sendable, Identifiable {
    public enum PartnerKind: String, Codable, Sendable, CaseIterable {
        case alone
        case peer
        case teacher
        case smallGroup = "small-group"
        case wholeClass = "whole-class"

        /// "with Zoë", "alone", "with the teacher"…
        public func describe(_ name: String, _ tr: Strings = .english) -> String {
            switch self {
            case .alone: return tr("alone")
            case .peer: return name.isEmpty ? tr("with a friend") : tr("with \(name)")
            case .teacher: return tr("with the teacher")
            case .smallGroup: return name.isEmpty ? tr("with a small group") : tr("with \(name)")
            case .wholeClass: return tr("for the whole class")
            }
        }
    }

    public var id: String
    public var startedAt: Date
    public var finishedAt: Date?
    public var partner: PartnerKind
    public var partnerName: String
    /// Where the student is (or stopped), so a rehearsal can be resumed.
    public var currentStep: Int
    public var stepsReached: Int
    public var totalSteps: Int
    public var secondsTaken: Int
    public var cuesHidden: Bool
    /// Success-criterion id → seen (true) or not yet (false).
    public var criteria: [String: Bool]
    public var workedWell: String
    public var tryNext: String
    /// What the teacher, listening in from their own terminal, saw (criterion ids) and said. Only the
    /// teacher's changes write these; the student's saves keep them.
    public var teacherSeen: [String]?
    public var teacherFeedback: [TimedNote]?
    /// When the child last moved a step (or began): a rehearsal left for days is not one being practised now.
    public var lastStepAt: Date?

    public var isFinished: Bool { finishedAt != nil }

    public init(id: String = Identifier.make(), startedAt: Date = Date(), partner: PartnerKind = .alone,
                partnerName: String = "", totalSteps: Int = 0) {
        self.id = id
        self.startedAt = startedAt
        self.finishedAt = nil
        self.partner = partner
        self.partnerName = partnerName
        self.currentStep = 0
        self.stepsReached = 0
        self.totalSteps = totalSteps
        self.secondsTaken = 0
        self.cuesHidden = false
        self.criteria = [:]
        self.workedWell = ""
        self.tryNext = ""
    }
}

/// The real conference with the family, as the student's file keeps it (teacher-only notes live apart).
public struct ConferenceRecord: Codable, Equatable, Sendable {
    public enum Status: String, Codable, Sendable {
        case notScheduled = "not-scheduled"
        case scheduled
        case inProgress = "in-progress"
        case done
    }

    public var status: Status
    public var scheduledAt: Date?
    public var startedAt: Date?
    public var finishedAt: Date?
    public var attendees: [String]
    public var currentStep: Int
    public var artifactsCovered: [ArtifactID]
    public var questionsUsed: [String]
    public var criteriaSeen: [String]
    public var nextSteps: [String]
    public var familyFeedback: FamilyFeedback?

    public init(status: Status = .notScheduled) {
        self.status = status
        self.scheduledAt = nil
        self.startedAt = nil
        self.finishedAt = nil
        self.attendees = []
        self.currentStep = 0
        self.artifactsCovered = []
        self.questionsUsed = []
        self.criteriaSeen = []
        self.nextSteps = []
        self.familyFeedback = nil
    }
}

public struct FamilyFeedback: Codable, Equatable, Sendable {
    public var wasClear: Bool?
    public var timeWasEnough: Bool?
    public var wentWell: String
    public var goalsToAdd: String

    public init(wasClear: Bool? = nil, timeWasEnough: Bool? = nil, wentWell: String = "", goalsToAdd: String = "") {
        self.wasClear = wasClear
        self.timeWasEnough = timeWasEnough
        self.wentWell = wentWell
        self.goalsToAdd = goalsToAdd
    }
}
