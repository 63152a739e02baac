import Foundation
import LearnerLedCore
import TerminalKit

/// The teacher's class: every student with how far they are, found by name, sorted by name or by need.
struct ClassListScreen: ScreenFeature {
    var cursor = ListCursor()
    var find = FindLine()
    /// Who needs help most first, instead of by name.
    var byNeed = false
    /// The rows as last derived; nil before the first time (see `rows(_:)`).
    private var derived: ClassRows?

    var takesText: Bool { find.isOpen }

    /// Rows of students under the find line and the column titles, with a last row for the last rehearsal.
    static func visibleRows(_ body: Rect) -> Int { max(1, body.height - 5) }

    func keys(_ app: AppState) -> KeyTable {
        if find.isOpen { return FindLine.keys }
        return app.door == .direct ? Self.keys : Self.keysWithLock
    }

    /// Made once: the table is asked for on every key and every frame.
    private static let keys: KeyTable = [KeyBinding([.character("q")], "quit", .quit)] + rows + Keys.moving
    private static let keysWithLock: KeyTable = [KeyBinding([.character("q")], "quit", .quit),
                                                 KeyBinding([.escape], "lock", .signOut)] + rows + Keys.moving
    private static let rows: KeyTable = [
        KeyBinding([.enter], "open portfolio", .open),
        FindLine.openKey,
        KeyBinding([.character("v")], "conference view", .liveView),
        KeyBinding([.character("c")], "class summary", inBar: false, .classSummary),
        KeyBinding([.character("M")], "model conference (Sam)", inBar: false, .modelConference),
        KeyBinding([.character("s")], "sort by name / need", .toggleSort),
        KeyBinding([.character("R")], "reflection time", .classReflection),
        KeyBinding([.character("S")], "class settings", .settings),
        KeyBinding([.character("b")], "class rules", .editRules),
        KeyBinding([.character("a")], "add a student", inBar: false, .add),
        KeyBinding([.character("e")], "change the student's name, language, contact", inBar: false, .edit),
        KeyBinding([.character("d")], "take off the roster (files kept)", inBar: false, .delete),
        KeyBinding([.character("t")], "former students", inBar: false, .showTrash),
        KeyBinding([.character("I")], "import a class list (CSV)", inBar: false, .importRoster),
    ]

    /// How the table writes the key that opens a portfolio, for the line that says so.
    static let openKey = rows.label(of: Action.open) ?? "Enter"

    /// The rows as shown. Derived again here only before the screen's first refresh (a home screen made before the
    /// class is read) or in a language other than the one they are in.
    func rows(_ app: AppState) -> ClassRows {
        if let derived, derived.languages == app.strings.identity { return derived }
        return derive(app)
    }

    private func derive(_ app: AppState) -> ClassRows { ClassRows(app, find: find.text, byNeed: byNeed) }

    /// The students as shown, in order.
    func shownRoster(_ app: AppState) -> [RosterEntry] { rows(app).rows.compactMap { app.classroom?.student($0.id) } }

    mutating func refresh(_ app: AppState) {
        derived = derive(app)
        cursor.clamp(count: derived?.rows.count ?? 0)
    }

    mutating func reduce(_ action: Action, _ app: inout AppState, now: Date) -> [Effect]? {
        switch find.reduce(action) {
        case .queryChanged:
            cursor = ListCursor()
            derived = derive(app)
            return []
        case .kept: return []
        case .notMine: break
        }
        let shown = rows(app).rows
        if cursor.move(action, count: shown.count, visible: Self.visibleRows(app.body)) { return [] }
        let chosen = shown.indices.contains(cursor.selected) ? shown[cursor.selected].id : nil
        switch action {
        case .toggleSort:
            byNeed.toggle()
            cursor = ListCursor()
            derived = derive(app)
            app.setStatus(byNeed ? app.tr("Sorted by who needs help most.") : app.tr("Sorted by name."), .info)
        case .open: return chosen.map { PortfolioScreen.start($0, &app) } ?? []
        case .liveView: return chosen.map { LiveSupportScreen.start($0, &app) } ?? []
        case .classReflection: app.open(ClassReflectionScreen())
        case .classSummary: app.open(DocumentScreen(page: .classSummary))
        case .modelConference: ModelConferenceScreen.start(&app)
        case .settings: app.open(SettingsScreen())
        case .editRules:
            guard let classroom = app.classroom else { return [] }
            app.open(BoundariesForm(classroom.boundaries, subjects: classroom.subjects))
        case .add, .edit:
            guard let classroom = app.classroom else { return [] }
            let editing = action == .edit ? chosen.flatMap(classroom.student) : nil
            if action == .edit, editing == nil { return [] }
            app.open(StudentForm(editing: editing, classroom: classroom))
        case .delete:
            guard let chosen, let name = app.classroom?.student(chosen)?.displayName else { return [] }
            let trash = keys(app).label(of: Action.showTrash) ?? "t"
            app.setStatus(app.tr("\(name) is off the roster; their files are kept. \(trash) shows former students, to put them back."), .info)
            cursor.clamp(count: shown.count - 1)
            return app.commitClassroom(.removeStudent(chosen, at: now))
        case .showTrash:
            app.open(FormerStudentsScreen())
        case .importRoster:
            app.open(RosterFileForm())
        default: return nil
        }
        return []
    }
}

extension ClassListScreen {
    func render(_ state: AppState, _ body: Rect, _ canvas: inout Canvas) {
        let s = self
        // The words of the person at the keys, found once for the frame.
        let tr = state.strings
        let derived = rows(state)
        let (shown, total) = (derived.rows, derived.total)
        Widgets.box(&canvas, body, title: tr("Students (\(total))") + (s.byNeed ? " · " + tr("who needs help first") : ""))
        let inner = body.inset(dx: 2, dy: 1)
        find.render(hint: derived.hint, in: inner, label: derived.findLabel, fieldWidth: 30,
                    count: tr("\(shown.count) of \(total)"), &canvas)
        let columns = ClassColumn.fitting(inner.width)
        let nameWidth = ClassColumn.nameWidth(inner.width, columns)
        var x = inner.x
        canvas.text(derived.titles[0], x: x, y: inner.y + 1, slot: .title, limit: nameWidth)
        x += nameWidth + 1
        for column in columns {
            canvas.text(derived.titles[1 + column.rawValue], x: x, y: inner.y + 1, slot: .title, limit: column.width)
            x += column.width + 1
        }
        let rows = ClassListScreen.visibleRows(body)
        let top = s.cursor.firstRow(visible: rows, count: shown.count)
        if shown.isEmpty {
            canvas.text(total == 0 ? tr("No students yet.") : tr("No student matches “\(s.find.text)”."), x: inner.x, y: inner.y + 2,
                        slot: .muted, limit: inner.width)
        }
        for i in top..<min(shown.count, top + rows) {
            let row = Rect(x: body.x + 1, y: inner.y + 2 + i - top, width: body.width - 2, height: 1)
            renderRow(shown[i], selected: i == s.cursor.selected, row, x: inner.x, nameWidth: nameWidth, columns, &canvas)
        }
        if shown.count > rows {
            canvas.text(" \(s.cursor.selected + 1)/\(shown.count) ", x: body.maxX - 12, y: body.maxY - 1, slot: .border)
        }
        // The selected student's id (what every command takes), then their last rehearsal, in words, on the last row.
        guard shown.indices.contains(s.cursor.selected) else { return }
        let selected = shown[s.cursor.selected]
        var line = tr("id \(selected.id)")
        if let last = state.summaries[selected.id]?.lastRehearsal {
            let feedback = [last.workedWell.isEmpty ? nil : tr("worked: “\(last.workedWell)”"),
                            last.tryNext.isEmpty ? nil : tr("try: “\(last.tryNext)”")].compactMap { $0 }.joined(separator: " · ")
            let day = Day(last.startedAt).shortTitle(tr), partner = last.partner.describe(last.partnerName, tr)
            line += " · " + tr("last rehearsal \(day), \(partner)")
                + (feedback.isEmpty ? "" : " — " + feedback)
        }
        canvas.text(line, x: inner.x, y: inner.maxY - 1, slot: .muted, limit: inner.width, ellipsis: true)
    }
}

extension ClassListScreen {
    /// One student: name, then each column's figure, or why there is none.
    private func renderRow(_ student: ClassRows.Row, selected: Bool, _ row: Rect, x start: Int, nameWidth: Int,
                           _ columns: [ClassColumn], _ canvas: inout Canvas) {
        if selected { canvas.fill(row, .selection) }
        var x = start
        canvas.text(student.name, x: x, y: row.y, slot: selected ? .selection : .text, limit: nameWidth, ellipsis: true)
        x += nameWidth + 1
        switch student.figures {
        case .unreadable(let why):
            canvas.text(why, x: x, y: row.y, slot: selected ? .selection : .warning, limit: row.maxX - 1 - x)
        case .reading:
            canvas.text("…", x: x, y: row.y, slot: selected ? .selection : .muted)
        case .read(let cells):
            for column in columns {
                let cell = cells[column.rawValue]
                let slot = selected ? Slot.selection : cell.slot
                if column.alignRight {
                    canvas.text(cell.text, x: x + column.width - 1 - cell.width, y: row.y, slot: slot)
                } else {
                    canvas.text(cell.text, x: x, y: row.y, slot: slot, limit: column.width, ellipsis: true)
                }
                x += column.width + 1
            }
        }
    }
}
