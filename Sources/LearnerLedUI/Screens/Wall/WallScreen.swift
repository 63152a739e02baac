import Foundation
import LearnerLedCore
import TerminalKit

/// The sticky wall: the chosen artifacts in conference order, with the class rules beside them.
struct WallScreen: ScreenFeature {
    let student: StudentID
    var studentID: StudentID? { student }
    /// The chosen artifacts in conference order, rebuilt when the portfolio changes, never on a key.
    var notes: [PortfolioRow] = []
    /// Every class rule, met or not, for this student's notes.
    var rules: [RuleResult] = []
    var readiness: Readiness?
    var cursor = ListCursor()

    init(studentID: StudentID) { student = studentID }

    static let noteHeight = 4
    static func visibleNotes(_ body: Rect) -> Int {
        max(1, (body.height - 2) / noteHeight)
    }

    func artifact(at i: Int, in p: Portfolio) -> Artifact? { PortfolioRows.artifact(row: i, of: notes, in: p) }

    func keys(_ app: AppState) -> KeyTable {
        [
            KeyBinding([.escape], "back", .back),
            KeyBinding([.enter], "what I'll say", .reflect),
            KeyBinding([.character("K"), .shiftUp], "move note up", label: "K/J", .moveUp),
            KeyBinding([.character("J"), .shiftDown], "move note down", inBar: false, .moveDown),
            KeyBinding([.character("n")], "change note", .editNote),
            KeyBinding([.character("r")], "rehearse", .rehearse),
            KeyBinding([.character("C")], "start my conference", .startConference),
            KeyBinding([.character("w")], "write a reflection", inBar: false, .write),
            // d only: Space is too easy to hit by accident on the wall, and taking a note off says how to undo it.
            KeyBinding([.character("d")], "take note off", .toggleNote),
            KeyBinding([.character("u")], "undo", .undo),
        ] + Keys.moving.map { var b = $0; b.inBar = b.label == "↑↓"; return b }
    }

    mutating func refresh(_ app: AppState) {
        let p = app.portfolios[student] ?? Portfolio(studentID: student)
        let keep = notes.indices.contains(cursor.selected) ? notes[cursor.selected].artifactID : nil
        notes = PortfolioRows.chosen(p)
        let row = keep.flatMap { k in notes.firstIndex { $0.artifactID == k } } ?? cursor.selected
        cursor.select(row, count: notes.count, visible: Self.visibleNotes(app.body))
        guard let classroom = app.classroom else { return }
        rules = BoundaryCheck.results(for: p, in: classroom, app.strings)
        readiness = Readiness(p, in: classroom)
    }

    mutating func reduce(_ action: Action, _ app: inout AppState, now: Date) -> [Effect]? {
        let id = student
        if cursor.move(action, count: notes.count, visible: Self.visibleNotes(app.body)) { return [] }
        let selected = app.portfolios[id].flatMap { artifact(at: cursor.selected, in: $0) }
        switch action {
        case .moveUp, .moveDown:
            let target = cursor.selected + (action == .moveUp ? -1 : 1)
            guard notes.indices.contains(target), notes.indices.contains(cursor.selected) else { return [] }
            var ids = notes.compactMap(\.artifactID)
            ids.swapAt(cursor.selected, target)
            // The wall is rebuilt by the commit, and the selection follows the moved note there.
            return app.commit(.orderNotes(ids), to: id, label: app.tr("the order of the notes"))
        case .reflect, .editNote:
            guard let selected, !app.isReadOnly(id) else { return app.readOnlyRefusal(id) }
            if action == .reflect { app.open(ReflectionForm(studentID: id, artifact: selected)) }
            if action == .editNote { app.open(StickyNoteForm(studentID: id, artifact: selected)) }
        case .toggleNote:
            guard let selected else { return [] }
            return StickyNoteForm.toggle(on: selected, of: id, &app, now: now, undoKey: key(.undo, app))
        case .undo: return app.undoLast(for: id)
        case .rehearse: return RehearsalSetupForm.start(id, &app)
        case .write: return JournalEntryForm.start(for: id, about: selected, &app)
        case .startConference:
            guard !app.isReadOnly(id) else { return app.readOnlyRefusal(id) }
            app.open(ConferenceSetupForm(studentID: id, attendees: app.portfolios[id]?.conference?.attendees ?? []))
        case .back: app.close()
        default: return nil
        }
        return []
    }
}
