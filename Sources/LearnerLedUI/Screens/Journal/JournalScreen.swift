import Foundation
import LearnerLedCore
import TerminalKit

/// A student's journal of end-of-lesson reflections, newest first, found by words, starter or subject.
struct JournalScreen: ScreenFeature {
    let student: StudentID
    var studentID: StudentID? { student }
    /// Entry ids as shown (found, newest first), rebuilt when the portfolio or the query changes.
    var rows: [String] = []
    var cursor = ListCursor()
    var find = FindLine()

    init(studentID: StudentID) { student = studentID }

    var takesText: Bool { find.isOpen }

    /// Rows under the find line.
    static func visibleRows(_ body: Rect) -> Int { max(1, body.height - 3) }

    func keys(_ app: AppState) -> KeyTable {
        if find.isOpen { return FindLine.keys }
        return [
            KeyBinding([.escape], "back", .back),
            KeyBinding([.character("w"), .character("a")], "write", label: "w", .write),
            KeyBinding([.character("e"), .enter], "change", label: "e", .edit),
            KeyBinding([.character("d")], "to trash", .delete),
            KeyBinding([.character("u")], "undo", .undo),
            FindLine.openKey,
        ] + Keys.moving
    }

    mutating func refresh(_ app: AppState) {
        guard let p = app.portfolios[student] else { return }
        let query = find.text.trimmingCharacters(in: .whitespaces)
        let options: String.CompareOptions = [.caseInsensitive, .diacriticInsensitive]
        rows = p.entries.filter { e in
            query.isEmpty || [e.words, e.starter, e.subjectID.flatMap { app.classroom?.subject($0)?.name } ?? ""]
                .contains { $0.range(of: query, options: options) != nil }
        }.map(\.id)
        cursor.select(cursor.selected, count: rows.count, visible: Self.visibleRows(app.body))
    }

    mutating func reduce(_ action: Action, _ app: inout AppState, now: Date) -> [Effect]? {
        switch find.reduce(action) {
        case .queryChanged:
            cursor = ListCursor()
            refresh(app)
            return []
        case .kept: return []
        case .notMine: break
        }
        if cursor.move(action, count: rows.count, visible: Self.visibleRows(app.body)) { return [] }
        let entry = rows.indices.contains(cursor.selected) ? app.portfolios[student]?.journal.first { $0.id == rows[cursor.selected] } : nil
        switch action {
        case .back:
            app.close()
            return []
        case .write:
            return JournalEntryForm.start(for: student, about: nil, &app)
        case .edit:
            guard let entry else { return [] }
            let about = entry.artifactID.flatMap { app.portfolios[student]?.artifact($0) }
            return JournalEntryForm.start(for: student, about: about, editing: entry, &app)
        case .delete:
            guard let entry else { return [] }
            let effects = app.commit(.trashJournalEntry(id: entry.id, at: now), to: student, label: app.tr("the journal entry"))
            if !effects.isEmpty { app.setStatus(app.tr("Moved the entry to the trash. \(key(.undo, app)) puts it back."), .info) }
            return effects
        case .undo:
            return app.undoLast(for: student)
        default:
            return nil
        }
    }
}

extension JournalScreen {
    func render(_ state: AppState, _ body: Rect, _ canvas: inout Canvas) {
        let s = self
        let p = state.portfolios[student]
        let (listRect, detailRect) = body.splitLeft(PortfolioLayout.split(body.width))
        Widgets.box(&canvas, listRect, title: state.tr("Journal") + " — \(state.displayName(student))")
        let inner = listRect.inset(dx: 1, dy: 1)
        let write = keys(state).label(of: Action.write) ?? "w"
        s.find.render(hint: " " + state.tr("\(write) writes · / finds by words, starter or subject"), in: inner,
                      label: " " + state.tr("Find:") + " ", &canvas)
        if s.rows.isEmpty {
            let text = s.find.isEmpty ? state.tr("No reflections yet. Press \(write) at the end of a lesson.") : state.tr("Nothing matches “\(s.find.text)”.")
            Widgets.paragraph(&canvas, Rect(x: inner.x + 1, y: inner.y + 2, width: inner.width - 2, height: 2), text, slot: .muted)
        }
        let byID = Dictionary((p?.journal ?? []).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let rows = Self.visibleRows(body)
        let top = s.cursor.firstRow(visible: rows, count: s.rows.count)
        for (offset, id) in s.rows.dropFirst(top).prefix(rows).enumerated() {
            guard let e = byID[id] else { continue }
            let index = top + offset
            let row = Rect(x: inner.x, y: inner.y + 1 + offset, width: inner.width, height: 1)
            let selected = index == s.cursor.selected
            if selected { canvas.fill(row, .selection) }
            let symbol = e.subjectID.flatMap { state.classroom?.subject($0)?.symbol } ?? "·"
            var x = canvas.text(" \(Day(e.date).shortTitle(state.strings).padded(to: 7)) \(symbol) ",
                                x: row.x, y: row.y, slot: selected ? .selection : .muted)
            x = canvas.text(e.starter + " ", x: x, y: row.y, slot: selected ? .selection : .accent, limit: row.maxX - x, ellipsis: true)
            canvas.text(e.words, x: x, y: row.y, slot: selected ? .selection : .text, limit: row.maxX - x, ellipsis: true)
        }

        Widgets.box(&canvas, detailRect, title: state.tr("The whole entry"))
        let detail = detailRect.inset(dx: 2, dy: 1)
        guard s.rows.indices.contains(s.cursor.selected), let e = byID[s.rows[s.cursor.selected]] else { return }
        var y = detail.y
        canvas.text(Day(e.date).longTitle(state.strings) + (e.subjectID.flatMap { state.classroom?.subject($0) }.map { " · \($0.symbol) \($0.name)" } ?? ""),
                    x: detail.x, y: y, slot: .muted, limit: detail.width, ellipsis: true)
        y += 2
        y += Widgets.paragraph(&canvas, Rect(x: detail.x, y: y, width: detail.width, height: detail.maxY - y - 2),
                               "\(e.starter) \(e.words)", slot: .text) + 1
        if let artifact = e.artifactID.flatMap({ p?.artifact($0) }), y < detail.maxY {
            canvas.text(state.tr("About: \(artifact.title)"), x: detail.x, y: y, slot: .accent, limit: detail.width, ellipsis: true)
        }
    }
}
