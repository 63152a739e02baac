import Foundation
import LearnerLedCore
import TerminalKit

/// What importing a class list would do, row by row, as `roster import --dry-run` prints it. Enter imports the
/// good rows; nothing is written before.
struct RosterPreviewScreen: ScreenFeature {
    let text: String
    var sameName = RosterImport.SameName.same
    var result: RosterImport.Result
    var cursor = ListCursor()

    init(text: String, classroom: Classroom?) {
        self.text = text
        result = classroom.map { RosterImport.read(text, into: $0) } ?? RosterImport.Result()
    }

    /// The table's rows: the box, its header, and three lines below (a language note, the summary, the keys).
    static func visibleRows(_ body: Rect) -> Int { max(1, body.height - 6) }

    func keys(_ app: AppState) -> KeyTable {
        [
            KeyBinding([.enter], result.changes.isEmpty ? "nothing to import" : "import", label: "Enter", .confirm(true)),
            KeyBinding([.character("n")], sameName == .same ? "same names are second children" : "same names are the same child",
                       .toggle),
            KeyBinding([.escape], "back", .back),
        ] + Keys.moving
    }

    mutating func reduce(_ action: Action, _ app: inout AppState, now: Date) -> [Effect]? {
        let lines = RosterPreview.lines(result, width: app.body.width - 4, app.strings)
        if cursor.move(action, count: lines.count - 1, visible: Self.visibleRows(app.body)) { return [] }
        switch action {
        case .back:
            app.close()
        case .toggle:
            guard let classroom = app.classroom else { return [] }
            sameName = sameName == .same ? .second : .same
            result = RosterImport.read(text, into: classroom, sameName: sameName)
        case .confirm:
            return importRows(&app)
        default:
            return nil
        }
        return []
    }

    /// The class changed (here or in another window): the preview says what importing would do now.
    mutating func refresh(_ app: AppState) {
        guard let classroom = app.classroom else { return }
        result = RosterImport.read(text, into: classroom, sameName: sameName)
    }

    /// Saves what the preview shows, checked once more against the class as it is this moment.
    private mutating func importRows(_ app: inout AppState) -> [Effect] {
        guard let classroom = app.classroom, result.readable else { return [] }
        let now = RosterImport.read(text, into: classroom, sameName: sameName)
        guard now == result else {
            result = now
            app.setStatus(app.tr("The class changed meanwhile: this is what importing would do now. Enter imports it."), .warning)
            return []
        }
        guard !result.changes.isEmpty else {
            app.setStatus(app.tr("Nothing to import: everyone in the file is already in the class as it is."), .info)
            return []
        }
        let effects = result.changes.flatMap { app.commitClassroom($0) }
        app.setStatus(RosterPreview.summary(result, done: true, app.strings), .info)
        app.close(alongWith: RosterFileForm.self)
        return effects + [.loadPortfolios(ids: result.students.map(\.id))]
    }

    func render(_ app: AppState, _ body: Rect, _ canvas: inout Canvas) {
        Widgets.box(&canvas, body, title: app.tr("Import a class list: what would happen"))
        let inner = body.inset(dx: 2, dy: 1)
        let lines = RosterPreview.lines(result, width: inner.width, app.strings)
        canvas.text(lines.first ?? "", in: inner.row(0), slot: .muted)
        let rows = Self.visibleRows(body)
        let top = cursor.firstRow(visible: rows, count: lines.count - 1)
        for (offset, line) in lines.dropFirst().dropFirst(top).prefix(rows).enumerated() {
            let y = inner.y + 1 + offset
            let selected = top + offset == cursor.selected
            if selected { canvas.fill(Rect(x: body.x + 1, y: y, width: body.width - 2, height: 1), .selection) }
            let slot: Slot = selected ? .selection : line.hasPrefix("x") || line.hasPrefix("!") ? .warning : line.hasPrefix("=") ? .muted : .text
            canvas.text(line, x: inner.x, y: y, slot: slot, limit: inner.width)
        }
        if let note = app.classroom.flatMap({ RosterPreview.languageNote(result, classroom: $0, app.strings) }) {
            canvas.text(note, in: inner.row(inner.height - 3), slot: .warning)
        }
        canvas.text(RosterPreview.summary(result, app.strings), in: inner.row(inner.height - 2), slot: .accent)
        let enter = result.changes.isEmpty ? app.tr("Esc goes back.") : app.tr("Enter imports; nothing is written before. Esc goes back.")
        canvas.text(enter, in: inner.row(inner.height - 1), slot: .muted)
    }
}
