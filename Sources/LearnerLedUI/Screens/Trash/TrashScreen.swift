import Foundation
import LearnerLedCore
import TerminalKit

/// What a student moved to the trash, newest first, to put back.
struct TrashScreen: ScreenFeature {
    let student: StudentID
    var studentID: StudentID? { student }
    var cursor = ListCursor()

    init(studentID: StudentID) { student = studentID }

    /// Rows under the hint line.
    static func visibleRows(_ body: Rect) -> Int { max(1, body.height - 3) }

    func keys(_ app: AppState) -> KeyTable {
        [
            KeyBinding([.character("r"), .enter], "put it back", label: "r", .restore),
            KeyBinding([.escape], "back", .back),
        ] + Keys.moving
    }

    mutating func reduce(_ action: Action, _ app: inout AppState, now: Date) -> [Effect]? {
        let newestFirst = Array((app.portfolios[student]?.trash ?? []).reversed())
        if cursor.move(action, count: newestFirst.count, visible: Self.visibleRows(app.body)) { return [] }
        switch action {
        case .back:
            app.close()
            return []
        case .restore:
            guard newestFirst.indices.contains(cursor.selected) else { return [] }
            let artifact = newestFirst[cursor.selected]
            let effects = app.commit(.restoreArtifact(id: artifact.id), to: student, label: app.tr("put “\(artifact.title)” back in the trash"))
            if !effects.isEmpty { app.setStatus(app.tr("Restored “\(artifact.title)”."), .info) }
            cursor.clamp(count: newestFirst.count - 1)
            return effects
        default:
            return nil
        }
    }
}

extension TrashScreen {
    func render(_ state: AppState, _ body: Rect, _ canvas: inout Canvas) {
        let s = self
        let items = Array((state.portfolios[student]?.trash ?? []).reversed())
        Widgets.box(&canvas, body, title: state.tr("Trash") + " — \(state.displayName(student))")
        let inner = body.inset(dx: 2, dy: 1)
        canvas.text(items.isEmpty ? state.tr("The trash is empty.") : state.tr("Things moved to the trash. Press \(key(.restore, state)) to put one back."),
                    in: inner.row(0), slot: .muted)
        let rows = Self.visibleRows(body)
        let top = s.cursor.firstRow(visible: rows, count: items.count)
        for (offset, artifact) in items.dropFirst(top).prefix(rows).enumerated() {
            let index = top + offset
            let row = Rect(x: body.x + 1, y: inner.y + 1 + offset, width: body.width - 2, height: 1)
            let selected = index == s.cursor.selected
            if selected { canvas.fill(row, .selection) }
            let subject = state.classroom?.subject(artifact.subjectID)
            let date = artifact.date.shortTitle(state.strings).padded(to: 7)
            let line = "\(date) \(subject?.symbol ?? "·") \(artifact.title)"
            canvas.text(line, x: inner.x, y: row.y, slot: selected ? .selection : .text, limit: inner.width, ellipsis: true)
        }
    }
}
