import Foundation
import LearnerLedCore
import TerminalKit

/// Students taken off the roster, newest first. Their files were never deleted: one key puts a student back.
struct FormerStudentsScreen: ScreenFeature {
    var cursor = ListCursor()

    static func visibleRows(_ body: Rect) -> Int { max(1, body.height - 3) }

    func keys(_ app: AppState) -> KeyTable {
        [
            KeyBinding([.character("r"), .enter], "put back in the class", label: "r", .restore),
            KeyBinding([.escape], "back", .back),
        ] + Keys.moving
    }

    mutating func reduce(_ action: Action, _ app: inout AppState, now: Date) -> [Effect]? {
        let removed = app.classroom?.removedStudents ?? []
        if cursor.move(action, count: removed.count, visible: Self.visibleRows(app.body)) { return [] }
        switch action {
        case .back:
            app.close()
            return []
        case .restore:
            guard removed.indices.contains(cursor.selected) else { return [] }
            let student = removed[cursor.selected]
            cursor.clamp(count: removed.count - 1)
            app.setStatus(app.tr("\(student.displayName) is back in the class, with everything they made."), .info)
            return app.commitClassroom(.restoreStudent(student.id)) + [.loadPortfolios(ids: [student.id])]
        default:
            return nil
        }
    }

    func render(_ app: AppState, _ body: Rect, _ canvas: inout Canvas) {
        let removed = app.classroom?.removedStudents ?? []
        Widgets.box(&canvas, body, title: app.tr("Former students"))
        let inner = body.inset(dx: 2, dy: 1)
        let restore = keys(app).label(of: Action.restore) ?? "r"
        canvas.text(removed.isEmpty ? app.tr("Nobody has been taken off the roster.") : app.tr("Their files are kept. Press \(restore) to put one back."),
                    in: inner.row(0), slot: .muted)
        let rows = Self.visibleRows(body)
        let top = cursor.firstRow(visible: rows, count: removed.count)
        for (offset, entry) in removed.dropFirst(top).prefix(rows).enumerated() {
            let row = Rect(x: body.x + 1, y: inner.y + 1 + offset, width: body.width - 2, height: 1)
            let selected = top + offset == cursor.selected
            if selected { canvas.fill(row, .selection) }
            let when = entry.removedAt.map { " · " + app.tr("taken off \(Day($0).shortTitle(app.strings))") } ?? ""
            canvas.text("\(entry.displayName) (\(entry.id))\(when)", x: inner.x, y: row.y, slot: selected ? .selection : .text,
                        limit: inner.width, ellipsis: true)
        }
    }
}
