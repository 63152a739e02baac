import LearnerLedCore
import TerminalKit

public enum Screen: Equatable, Sendable {
    case welcome(WelcomeState)
    case newClassroom(NewClassroomForm)
    case classList(ClassListState)
    case portfolio(PortfolioState)
    case artifactForm(ArtifactForm)
    case trash(TrashState)
    case decorate(DecorateForm)
    case problem(ProblemState)
    case stickyNote(StickyNoteForm)
    case prepare(PrepareState)
    case reflection(ReflectionForm)
    case boundaries(BoundariesForm)
    case rehearsalSetup(RehearsalSetupForm)
    case rehearsal(RehearsalState)
    case rehearsalCheck(RehearsalCheckForm)
    case conferenceSetup(ConferenceSetupForm)
    case conferenceClose(ConferenceCloseForm)
    case liveSupport(LiveSupportState)
    case teacherNotes(TeacherNotesForm)
    case journal(JournalState)
    case journalEntry(JournalForm)
    case classReflection(ClassReflectionState)
    case settings(SettingsMenuState)
    case listEditor(ListEditorState)
    case newLanguage(NewLanguageForm)
    case conferenceSettings(ConferenceSettingsState)
    case slot(SlotForm, editing: ScheduledConference?)
    case familyFeedback(FamilyFeedbackForm)

    /// The student whose things this screen shows, if any.
    public var studentID: String? {
        switch self {
        case .portfolio(let s): return s.studentID
        case .artifactForm(let f): return f.studentID
        case .trash(let t): return t.studentID
        case .decorate(let f): return f.studentID
        case .stickyNote(let f): return f.studentID
        case .prepare(let p): return p.studentID
        case .reflection(let f): return f.studentID
        case .rehearsalSetup(let f): return f.studentID
        case .rehearsal(let r): return r.studentID
        case .rehearsalCheck(let f): return f.studentID
        case .conferenceSetup(let f): return f.studentID
        case .conferenceClose(let f): return f.studentID
        case .journal(let j): return j.studentID
        case .journalEntry(let f): return f.studentID
        case .familyFeedback(let f): return f.studentID
        case .welcome, .newClassroom, .classList, .problem, .boundaries, .liveSupport, .teacherNotes, .classReflection, .settings,
             .listEditor, .newLanguage, .conferenceSettings, .slot: return nil
        }
    }

    /// Screens where typed letters are text, not commands.
    public var takesText: Bool {
        switch self {
        case .artifactForm, .newClassroom, .decorate, .reflection: return true
        case .stickyNote(let f): return f.focus == .words
        case .boundaries(let f): return f.focusIsText
        case .rehearsalSetup(let f): return f.focus == .name
        case .rehearsalCheck(let f): return f.focusIsText
        case .conferenceSetup, .conferenceClose, .teacherNotes: return true
        case .liveSupport(let s): return s.focus == .note
        case .journal(let j): return j.filtering
        case .journalEntry(let f): return f.focus == .words
        case .classReflection, .settings: return false
        case .listEditor(let e): return e.editor != nil
        case .newLanguage: return true
        case .conferenceSettings(let s): return s.focus == .minutes
        case .slot(let f, _): return f.focus != 2
        case .familyFeedback(let f): return f.focus >= 2
        case .classList(let s): return s.filtering
        case .portfolio(let s): return s.filtering
        case .welcome, .trash, .problem, .prepare, .rehearsal: return false
        }
    }
}

public struct WelcomeState: Equatable, Sendable {
    public var selected = 0
    public init() {}
}

public struct ClassListState: Equatable, Sendable {
    public var selected = 0
    public var scroll = 0
    public var filter = TextEditor("", maxLength: 60)
    public var filtering = false
    /// Who needs help most first, instead of by name.
    public var byNeed = false
    public init() {}
}

public struct PortfolioState: Equatable, Sendable {
    public enum Grouping: Equatable, Sendable { case subject, date }

    public var studentID: String
    public var grouping: Grouping = .subject
    public var filter = TextEditor("", maxLength: 60)
    public var filtering = false
    /// The list as shown: group headers and artifacts, rebuilt when the portfolio, filter or grouping
    /// changes and never on a cursor move.
    public var rows: [PortfolioRow] = []
    /// Index into `rows`; always an artifact row when there is one.
    public var selected = 0
    public var scroll = 0

    public init(studentID: String) { self.studentID = studentID }

    public var selectedArtifactID: String? {
        rows.indices.contains(selected) ? rows[selected].artifactID : nil
    }

    /// The artifact a row shows, found by its remembered position: no search, whatever the portfolio's size.
    public func artifact(atRow row: Int, in p: Portfolio) -> Artifact? {
        Self.artifact(row: row, of: rows, in: p)
    }

    static func artifact(row: Int, of rows: [PortfolioRow], in p: Portfolio) -> Artifact? {
        guard rows.indices.contains(row), case .artifact(let id, let index) = rows[row] else { return nil }
        if p.artifacts.indices.contains(index), p.artifacts[index].id == id { return p.artifacts[index] }
        return p.artifact(id)
    }
}

public enum PortfolioRow: Equatable, Sendable {
    case header(String, count: Int)
    /// An artifact and its index in `Portfolio.artifacts` when the rows were built.
    case artifact(id: String, index: Int)

    public var artifactID: String? {
        if case .artifact(let id, _) = self { return id }
        return nil
    }
}

public struct TrashState: Equatable, Sendable {
    public var studentID: String
    public var selected = 0
    public var scroll = 0
    public init(studentID: String) { self.studentID = studentID }
}

public struct ProblemState: Equatable, Sendable {
    public var error: StoreError
    public var backup: DocumentStore.Backup?
    public var key: DocumentKey
    public init(error: StoreError, backup: DocumentStore.Backup?, key: DocumentKey) {
        self.error = error
        self.backup = backup
        self.key = key
    }
}
