import Foundation
import LearnerLedCore
import TerminalKit

/// A student's portfolio: their cover, the artifacts grouped by subject or month, the selected one in detail.
struct PortfolioScreen: ScreenFeature {
    var studentID: StudentID?
    var student: StudentID { studentID! }
    /// The first screen of a student's session: q leaves from here instead of Esc.
    var isHome = false
    var grouping: PortfolioRows.Grouping = .subject
    var find = FindLine()
    /// The list as shown, rebuilt when the portfolio, the query or the grouping changes and never on a cursor move.
    var rows: [PortfolioRow] = []
    var cursor = ListCursor()
    /// An artifact to put the cursor on at the next refresh (the one just added).
    var reveal: ArtifactID?

    init(studentID: StudentID, isHome: Bool = false) {
        self.studentID = studentID
        self.isHome = isHome
    }

    var takesText: Bool { find.isOpen }
    /// Finding looks at every artifact's title: the find line opens on the preview, but what is typed into it waits.
    var drawsFromPreview: Bool { find.isEmpty }

    var selectedArtifactID: ArtifactID? {
        rows.indices.contains(cursor.selected) ? rows[cursor.selected].artifactID : nil
    }

    func artifact(atRow row: Int, in p: Portfolio) -> Artifact? { PortfolioRows.artifact(row: row, of: rows, in: p) }

    /// Where in the portfolio the artifacts in the list's visible rows are.
    func artifactPositionsInRows(_ app: AppState) -> [Int] {
        shownRows(visible: PortfolioLayout(app.body).visibleRows).rows.compactMap {
            if case .artifact(_, let index) = $0 { index } else { nil }
        }
    }

    /// Where in the portfolio the artifacts drawn whole are: the selected one's, in the pane beside the list. A row
    /// shows only its title, date and sticky note.
    var artifactPositionsShownWhole: [Int] {
        guard rows.indices.contains(cursor.selected), case .artifact(_, let index) = rows[cursor.selected] else { return [] }
        return [index]
    }

    /// The rows the list shows now, and the first one's place in `rows`.
    func shownRows(visible: Int) -> (top: Int, rows: ArraySlice<PortfolioRow>) {
        let top = cursor.firstRow(visible: visible, count: rows.count)
        return (top, rows.dropFirst(top).prefix(visible))
    }

    func selectedArtifact(_ app: AppState) -> Artifact? {
        app.portfolios[student].flatMap { artifact(atRow: cursor.selected, in: $0) }
    }

    func keys(_ app: AppState) -> KeyTable {
        if find.isOpen { return FindLine.keys }
        // Asked for on every key and every frame: one of six tables made once, not a new one each time (joining
        // them copied every binding, ~40,000 instructions a key).
        let first = isHome ? (app.door == .direct ? 0 : 1) : 2
        return Self.tables[first][app.isTeacher ? 1 : 0]
    }

    private static let tables: [[KeyTable]] = [
        KeyBinding([.character("q")], "quit", .quit),
        KeyBinding([.character("q")], "I'm done", .quit),
        KeyBinding([.escape], "back", .back),
    ].map { first in [[first] + portfolioKeys, [first] + portfolioKeys + teacherKeys] }

    private static let teacherKeys: KeyTable = [
        KeyBinding([.character("v")], "conference view", inBar: false, .liveView),
        KeyBinding([.character("T")], "my notes (teacher only)", inBar: false, .editTeacherNotes),
        KeyBinding([.character("F")], "what the family said", inBar: false, .familyFeedback),
        KeyBinding([.character("R")], "the conference record (teacher only)", inBar: false, .conferenceRecord),
    ]

    /// The same on every frame, so made once (the table is asked for on every key and every frame).
    private static let portfolioKeys: KeyTable = [
        KeyBinding([.character("a")], "add", .add),
        KeyBinding([.character("e"), .enter], "edit", label: "e", .edit),
        KeyBinding([.space], "sticky note", .toggleNote),
        KeyBinding([.character("p")], "prepare", .prepare),
        KeyBinding([.character("w")], "write a reflection", .write),
        KeyBinding([.character("J")], "my journal", .openJournal),
        KeyBinding([.character("d")], "to trash", .delete),
        KeyBinding([.character("u")], "undo", .undo),
        FindLine.openKey,
        KeyBinding([.character("c")], "decorate", .decorate),
        KeyBinding([.tab], "group by subject or date", label: "Tab", .toggleGrouping),
        KeyBinding([.character("t")], "show the trash", .showTrash),
    ] + Keys.moving.map { var b = $0; b.inBar = false; return b }

    mutating func refresh(_ app: AppState) {
        let p = app.portfolios[student] ?? Portfolio(studentID: student)
        let keep = reveal ?? selectedArtifactID
        reveal = nil
        rows = PortfolioRows.build(p, classroom: app.classroom, grouping: grouping, filter: find.text, app.strings)
        let row = keep.flatMap { k in rows.firstIndex { $0.artifactID == k } } ?? min(cursor.selected, max(0, rows.count - 1))
        let visible = PortfolioLayout(app.body).visibleRows
        cursor.select(PortfolioRows.artifactRow(near: row, in: rows, step: 1), count: rows.count, visible: visible)
    }

    mutating func reduce(_ action: Action, _ app: inout AppState, now: Date) -> [Effect]? {
        switch find.reduce(action) {
        case .queryChanged:
            refresh(app)
            return []
        case .kept: return []
        case .notMine: break
        }
        let visible = PortfolioLayout(app.body).visibleRows
        if let target = cursor.target(of: action, count: rows.count, page: visible) {
            let step = target < cursor.selected || action == .last ? -1 : 1
            cursor.select(PortfolioRows.artifactRow(near: target, in: rows, step: step), count: rows.count, visible: visible)
            return []
        }
        switch action {
        case .toggleGrouping:
            grouping = grouping == .subject ? .date : .subject
            refresh(app)
            return []
        case .back:
            app.close()
            return []
        default:
            return reduceArtifactAction(action, &app, now: now)
        }
    }

    /// The keys that do something with the selected artifact or open another of the student's screens.
    private mutating func reduceArtifactAction(_ action: Action, _ app: inout AppState, now: Date) -> [Effect]? {
        let id = student
        let selected = selectedArtifact(app)
        switch action {
        case .add, .edit, .open, .decorate:
            guard let classroom = app.classroom, !app.isReadOnly(id) else { return app.readOnlyRefusal(id) }
            if action == .decorate {
                app.open(DecorateForm(studentID: id, cover: app.portfolios[id]?.cover ?? Cover(), themeNames: app.themeNames))
            } else if action == .add {
                let hint = grouping == .subject ? selected?.subjectID : nil
                app.open(ArtifactForm(studentID: id, editing: nil, subjects: classroom.subjects, today: app.today, subjectHint: hint))
            } else if let selected {
                app.open(ArtifactForm(studentID: id, editing: selected, subjects: classroom.subjects, today: app.today))
            }
            return []
        case .delete:
            guard let artifact = selected else { return [] }
            let effects = app.commit(.trashArtifact(id: artifact.id, at: now), to: id, label: app.tr("put back “\(artifact.title)”"))
            if !effects.isEmpty { app.setStatus(app.tr("Moved “\(artifact.title)” to the trash. \(key(.undo, app)) puts it back."), .info) }
            return effects
        case .undo: return app.undoLast(for: id)
        case .toggleNote:
            guard let artifact = selected else { return [] }
            return StickyNoteForm.toggle(on: artifact, of: id, &app, now: now, undoKey: key(.undo, app))
        case .prepare: app.open(WallScreen(studentID: id))
        case .showTrash: app.open(TrashScreen(studentID: id))
        case .openJournal: app.open(JournalScreen(studentID: id))
        case .write: return JournalEntryForm.start(for: id, about: selected, &app)
        case .liveView where app.isTeacher: return LiveSupportScreen.start(id, &app)
        case .familyFeedback where app.isTeacher:
            app.open(FamilyFeedbackForm(studentID: id, feedback: app.portfolios[id]?.conference?.familyFeedback))
        case .conferenceRecord where app.isTeacher:
            app.open(DocumentScreen(page: .conferenceRecord(id)))
        case .editTeacherNotes where app.isTeacher:
            app.open(TeacherNotesForm(studentID: id, notes: app.teacherNotes[id]))
        default: return nil
        }
        return []
    }

    /// Opening a student's portfolio from the class list: read their file if it is not read yet.
    static func start(_ id: StudentID, _ app: inout AppState) -> [Effect] {
        app.open(PortfolioScreen(studentID: id))
        if let problem = app.unreadable[id], problem.documentIsUnreadable { return [.offerBackup(studentID: id, error: problem)] }
        return app.portfolios[id] == nil && app.unreadable[id] == nil ? [.loadPortfolios(ids: [id])] : []
    }
}
