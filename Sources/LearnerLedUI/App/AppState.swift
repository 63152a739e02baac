import Foundation
import LearnerLedCore
import TerminalKit

/// Everything the screens show. Changed only by `reduce`; drawn only by `render`.
public struct AppState: Equatable, Sendable {
    public enum Mode: Equatable, Sendable {
        /// Nobody signed in yet: the sign-in screen, with no one's data loaded.
        case nobody
        /// The whole class.
        case teacher
        /// Only this student's portfolio: no other student's data, no teacher notes.
        case student(StudentID)
    }

    /// How a session begins and ends.
    public enum Door: Equatable, Sendable {
        /// Straight into the given mode (`--student` on a child's own machine, tests).
        case direct
        /// `learnerled`: the sign-in screen; q there quits.
        case signIn
        /// `learnerled kiosk`, a class server's forced command: nothing a child presses ends it; a child who is done
        /// or idle goes back to sign-in, and only the teacher's passphrase leads out.
        case kiosk
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

    struct UndoEntry: Equatable, Sendable {
        var studentID: StudentID
        var change: PortfolioChange
        var label: String
    }

    var mode: Mode
    let door: Door
    /// Sign-in settings, picture passwords and lockouts, as last read or saved.
    var access: Access?
    /// The last key pressed, for going back to sign-in when a child leaves the terminal.
    var lastKeyAt = Date(timeIntervalSince1970: 0)
    var dataFolder: String
    var isDemo = false
    var classroom: Classroom? {
        didSet { signInStrings = Strings.together(Self.signInLanguages(of: classroom)) }
    }
    /// Before anyone has chosen their name: the class's language, then the others its children speak (the two
    /// most spoken), so every child can read the sign-in screen. Worked out when the class changes, not for every
    /// phrase the sign-in draws.
    private(set) var signInStrings = Strings.english
    public internal(set) var portfolios: [StudentID: Portfolio] = [:]
    /// Documents that cannot be read; shown read-only, never saved over.
    var unreadable: [StudentID: StoreError] = [:]
    /// Per-student figures for the class list, kept up to date on every change rather than on every key.
    var summaries: [StudentID: StudentSummary] = [:]
    /// The teacher's private notes, by student; never filled in a student's session.
    var teacherNotes: [StudentID: TeacherNotes] = [:]
    var screens: [Screen]
    var overlay: Overlay?
    public internal(set) var status: Status?
    /// Changes shown on screen but not yet on disk (the disk was full, busy, read-only…), retried on every tick.
    var pending: [DocumentChange] = []
    var undo: [UndoEntry] = []
    var width = 80
    var height = 24
    var today: Day
    /// The time of the last action, for timers on screen.
    var clock = Date(timeIntervalSince1970: 0)
    /// The theme for screens that are not a student's own.
    let teacherTheme: String
    let themeNames: [String]
    public internal(set) var quitting = false
    /// What the screen being reduced asked of the stack; applied by `reduce` when the screen is back on it.
    var navigation = Navigation()
    /// Students whose data changed since the screens last looked; `everyone` when the class itself changed.
    var changed: Set<StudentID> = []
    var everyoneChanged = false

    public init(mode: Mode, door: Door = .direct, dataFolder: String, classroom: Classroom?, access: Access? = nil,
                today: Day = Day.today(), teacherTheme: String = "classic", themeNames: [String] = ["classic"]) {
        self.mode = door == .direct || classroom == nil ? mode : .nobody
        self.door = door
        self.access = access
        self.dataFolder = dataFolder
        self.classroom = classroom
        signInStrings = Strings.together(Self.signInLanguages(of: classroom))
        self.today = today
        self.teacherTheme = teacherTheme
        self.themeNames = themeNames
        screens = [Screen(WelcomeScreen())]
        if classroom != nil { screens = [Self.home(self.mode)] }
    }

    /// Where a session starts once a class is open.
    static func home(_ mode: Mode) -> Screen {
        switch mode {
        case .nobody: return Screen(SignInScreen())
        case .teacher: return Screen(ClassListScreen())
        case .student(let id): return Screen(PortfolioScreen(studentID: id, isHome: true))
        }
    }

    /// Straight to a child's pictures (`--student` in a class that uses them).
    public mutating func askForPictures(of id: StudentID) {
        mode = .nobody
        screens = [Screen(SignInScreen()), Screen(PicturesScreen(signingIn: id))]
    }

    /// A warning in the status line, from the program around the screens (a broken theme file).
    public mutating func showWarning(_ text: String) { setStatus(text, .warning) }

    /// Starts on a problem with the class file instead of the class.
    public mutating func showProblem(_ problem: ProblemScreen) { screens = [Screen(problem)] }

    /// The theme to draw with: a student's own while anything of theirs is open.
    public var themeName: String {
        if let chosen = screen.feature.themeName(self) { return chosen }
        guard let id = screen.studentID, let p = portfolios[id] else { return teacherTheme }
        return p.cover.themeName
    }

    func displayName(_ id: StudentID) -> String {
        classroom?.student(id)?.displayName ?? id.rawValue
    }

    /// Screens that follow another terminal live want to look at the disk more often than once a second.
    public var wantsFastRefresh: Bool { screen.feature.followsOtherTerminals }

    var isTooSmall: Bool { width < AppState.minimumWidth || height < AppState.minimumHeight }
    static let minimumWidth = 60
    static let minimumHeight = 20

    /// The rectangle between the header row and the status and help rows, where screens draw.
    var body: Rect { Frame.body(width, height) }

    /// Students this session may see: the whole roster for the teacher, only themselves for a student.
    public var visibleStudentIDs: [StudentID] {
        switch mode {
        case .teacher: return classroom?.roster.map(\.id) ?? []
        case .student(let id): return [id]
        case .nobody: return []
        }
    }

    var isTeacher: Bool { mode == .teacher }
    var isStudent: Bool { if case .student = mode { return true } else { return false } }

    mutating func setStatus(_ text: String, _ kind: StatusKind) {
        status = Status(text: text, kind: kind)
    }

    func isReadOnly(_ id: StudentID) -> Bool { unreadable[id] != nil }

    /// Says why a student's things cannot be changed; nothing else happens.
    mutating func readOnlyRefusal(_ id: StudentID) -> [Effect] {
        if let problem = unreadable[id] { setStatus(problem.message(strings), .error) }
        return []
    }

    /// The class's starters in a student's language.
    func starters(for id: StudentID) -> StarterSet {
        classroom?.starters(for: classroom?.student(id)?.preferredLanguage) ?? Defaults.english
    }
}

enum Overlay: Equatable, Sendable {
    /// The keys of the screen under it, scrolled by `offset` rows when they do not fit.
    case help(offset: Int)
    case confirm(ConfirmKind)
}

enum ConfirmKind: Equatable, Sendable {
    /// Leave a form without saving what was typed.
    case discardForm
    /// Quit while some changes could not be saved yet (disk full, read-only…).
    case quitUnsaved
    /// A child on their own machine pressed q: leaving is asked, never done by one stray key.
    case leave
}
