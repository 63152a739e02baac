import Foundation
import LearnerLedCore
import TerminalKit

/// Everything the screens show. Changed only by `reduce`; drawn only by `render`.
public struct AppState: Equatable, Sendable {
    public enum Mode: Equatable, Sendable {
        /// The whole class.
        case teacher
        /// Only this student's portfolio: no other student's data, no teacher notes.
        case student(String)
    }

    public enum StatusKind: Equatable, Sendable { case info, saved, warning, error }

    public struct Status: Equatable, Sendable {
        public var text: String
        public var kind: StatusKind

        public init(text: String, kind: StatusKind) {
            self.text = text
            self.kind = kind
        }
    }

    /// A change shown on screen but not yet on disk (the disk was full, busy, read-only…). Retried on every tick.
    public struct PendingSave: Equatable, Sendable {
        public var studentID: String
        public var change: PortfolioChange
    }

    public struct UndoEntry: Equatable, Sendable {
        public var studentID: String
        public var change: PortfolioChange
        public var label: String
    }

    public var mode: Mode
    public var dataFolder: String
    public var isDemo = false
    public var classroom: Classroom?
    public var portfolios: [String: Portfolio] = [:]
    /// Documents that cannot be read; shown read-only, never saved over.
    public var unreadable: [String: StoreError] = [:]
    /// Per-student figures for the class list, kept up to date on every change rather than on every key.
    public var summaries: [String: StudentSummary] = [:]
    public var screens: [Screen]
    public var overlay: Overlay?
    public var status: Status?
    public var pending: [PendingSave] = []
    /// Changes to the class's rules not yet on disk.
    public var pendingClassroom: [ClassroomChange] = []
    /// The teacher's private notes, by student; never filled in a student's session.
    public var teacherNotes: [String: TeacherNotes] = [:]
    /// Teacher-notes changes not yet on disk, retried like the others.
    public var pendingTeacher: [TeacherPending] = []

    public struct TeacherPending: Equatable, Sendable {
        public var studentID: String
        public var change: TeacherNotesChange
    }
    public var undo: [UndoEntry] = []
    public var width = 80
    public var height = 24
    public var today: Day
    /// The time of the last action, for timers on screen.
    public var clock = Date(timeIntervalSince1970: 0)
    /// The theme for screens that are not a student's own.
    public var teacherTheme: String
    public var themeNames: [String]
    public var quitting = false

    public init(mode: Mode, dataFolder: String, classroom: Classroom?, today: Day = Day.today(),
                teacherTheme: String = "classic", themeNames: [String] = ["classic"]) {
        self.mode = mode
        self.dataFolder = dataFolder
        self.classroom = classroom
        self.today = today
        self.teacherTheme = teacherTheme
        self.themeNames = themeNames
        switch (classroom, mode) {
        case (nil, _): screens = [.welcome(WelcomeState())]
        case (_?, .teacher): screens = [.classList(ClassListState())]
        case (_?, .student(let id)): screens = [.portfolio(PortfolioState(studentID: id))]
        }
    }

    public var screen: Screen {
        get { screens[screens.count - 1] }
        set { screens[screens.count - 1] = newValue }
    }

    /// The theme to draw with: a student's own while anything of theirs is open.
    public var themeName: String {
        if case .decorate(let form) = screen { return themeNames[form.themeIndex] }
        guard let id = screen.studentID, let p = portfolios[id] else { return teacherTheme }
        return p.cover.themeName
    }

    public func displayName(_ id: String) -> String {
        classroom?.student(id)?.displayName ?? id
    }

    /// Screens that follow another terminal live want to look at the disk more often than once a second.
    public var wantsFastRefresh: Bool {
        switch screen {
        case .liveSupport: return true
        case .rehearsal(let r): return r.isConference
        default: return false
        }
    }

    public var isTooSmall: Bool { width < AppState.minimumWidth || height < AppState.minimumHeight }
    public static let minimumWidth = 60
    public static let minimumHeight = 20
}

/// What the class list shows for one student.
public struct StudentSummary: Equatable, Sendable {
    public var artifacts: Int
    public var readiness: Readiness
    public var lastActivity: Day?
    /// Rehearsals finished, and the last one's feedback.
    public var rehearsals: Int
    public var lastRehearsal: Rehearsal?
    public var conference: ConferenceRecord.Status
    public var slot: ScheduledConference?
    /// Higher means the student needs the teacher's help sooner.
    public var needsHelp: Int

    public init(_ p: Portfolio, in classroom: Classroom) {
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
    public var conferenceText: String {
        switch conference {
        case .notScheduled: return "—"
        case .scheduled: return slot.map { "\($0.day.shortTitle) \($0.time)" } ?? "booked"
        case .inProgress: return "● now"
        case .done: return "✓ done"
        }
    }
}

public enum Overlay: Equatable, Sendable {
    case help
    case confirm(ConfirmKind)
}

public enum ConfirmKind: Equatable, Sendable {
    /// Leave a form without saving what was typed.
    case discardForm
    /// Quit while some changes could not be saved yet (disk full, read-only…).
    case quitUnsaved
}
