import Foundation
import LearnerLedCore
import TerminalKit

/// The teacher's class: every student with how far they are, found by name, sorted by name or by need.
struct ClassListScreen: ScreenFeature {
    var cursor = ListCursor()
    var find = FindLine()
    /// Who needs help most first, instead of by name.
    var byNeed = false

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

    /// The class list as shown: found by name, sorted by name or by who needs help most.
    func shownRoster(_ app: AppState) -> [RosterEntry] {
        var roster = app.classroom?.roster ?? []
        let query = find.text.trimmingCharacters(in: .whitespaces)
        if !query.isEmpty {
            roster = roster.filter { $0.displayName.range(of: query, options: [.caseInsensitive, .diacriticInsensitive]) != nil }
        }
        guard byNeed else { return roster }
        return roster.enumerated().sorted { a, b in
            let na = app.summaries[a.element.id]?.needsHelp ?? 0, nb = app.summaries[b.element.id]?.needsHelp ?? 0
            return na != nb ? na > nb : a.offset < b.offset
        }.map(\.element)
    }

    mutating func refresh(_ app: AppState) { cursor.clamp(count: shownRoster(app).count) }

    mutating func reduce(_ action: Action, _ app: inout AppState, now: Date) -> [Effect]? {
        switch find.reduce(action) {
        case .queryChanged:
            cursor = ListCursor()
            return []
        case .kept: return []
        case .notMine: break
        }
        let roster = shownRoster(app)
        if cursor.move(action, count: roster.count, visible: Self.visibleRows(app.body)) { return [] }
        let chosen = roster.indices.contains(cursor.selected) ? roster[cursor.selected].id : nil
        switch action {
        case .toggleSort:
            byNeed.toggle()
            cursor = ListCursor()
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
            let editing = action == .edit ? roster.indices.contains(cursor.selected) ? roster[cursor.selected] : nil : nil
            if action == .edit, editing == nil { return [] }
            app.open(StudentForm(editing: editing, classroom: classroom))
        case .delete:
            guard let chosen, let name = app.classroom?.student(chosen)?.displayName else { return [] }
            let trash = keys(app).label(of: Action.showTrash) ?? "t"
            app.setStatus(app.tr("\(name) is off the roster; their files are kept. \(trash) shows former students, to put them back."), .info)
            cursor.clamp(count: roster.count - 1)
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
        // The words of the person at the keys, found once for the frame (every row's cells ask for them).
        let tr = state.strings
        let roster = shownRoster(state)
        let total = state.classroom?.roster.count ?? 0
        Widgets.box(&canvas, body, title: tr("Students (\(total))") + (s.byNeed ? " · " + tr("who needs help first") : ""))
        let inner = body.inset(dx: 2, dy: 1)
        let open = key(.open, state)
        find.render(hint: tr("Choose a student and press \(open) to open their portfolio."), in: inner,
                    label: tr("Find:") + " ", fieldWidth: 30, count: tr("\(roster.count) of \(total)"), &canvas)
        let columns = ClassColumn.fitting(inner.width)
        let nameWidth = ClassColumn.nameWidth(inner.width, columns)
        var x = inner.x
        canvas.text(tr("Name"), x: x, y: inner.y + 1, slot: .title, limit: nameWidth)
        x += nameWidth + 1
        for column in columns {
            canvas.text(tr(column.title), x: x, y: inner.y + 1, slot: .title, limit: column.width)
            x += column.width + 1
        }
        let rows = ClassListScreen.visibleRows(body)
        let top = s.cursor.firstRow(visible: rows, count: roster.count)
        if roster.isEmpty {
            canvas.text(total == 0 ? tr("No students yet.") : tr("No student matches “\(s.find.text)”."), x: inner.x, y: inner.y + 2,
                        slot: .muted, limit: inner.width)
        }
        for (offset, entry) in roster.dropFirst(top).prefix(rows).enumerated() {
            let row = Rect(x: body.x + 1, y: inner.y + 2 + offset, width: body.width - 2, height: 1)
            renderRow(entry, state, tr, selected: top + offset == s.cursor.selected, row, x: inner.x, nameWidth: nameWidth, columns, &canvas)
        }
        if roster.count > rows {
            canvas.text(" \(s.cursor.selected + 1)/\(roster.count) ", x: body.maxX - 12, y: body.maxY - 1, slot: .border)
        }
        // The selected student's id (what every command takes), then their last rehearsal, in words, on the last row.
        guard roster.indices.contains(s.cursor.selected) else { return }
        let selected = roster[s.cursor.selected]
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
    private func renderRow(_ entry: RosterEntry, _ state: AppState, _ tr: Strings, selected: Bool, _ row: Rect, x start: Int, nameWidth: Int,
                           _ columns: [ClassColumn], _ canvas: inout Canvas) {
        if selected { canvas.fill(row, .selection) }
        var x = start
        canvas.text(entry.displayName, x: x, y: row.y, slot: selected ? .selection : .text, limit: nameWidth, ellipsis: true)
        x += nameWidth + 1
        if let problem = state.unreadable[entry.id] {
            canvas.text(problem.documentIsUnreadable ? "⚠ " + tr("cannot be read") : "⚠", x: x, y: row.y,
                        slot: selected ? .selection : .warning, limit: row.maxX - 1 - x)
            return
        }
        guard let summary = state.summaries[entry.id] else {
            canvas.text("…", x: x, y: row.y, slot: selected ? .selection : .muted)
            return
        }
        for column in columns {
            let (text, slot) = column.cell(summary, tr)
            let shown = selected ? Slot.selection : slot
            if column.alignRight {
                canvas.text(text, x: x + column.width - 1 - DisplayWidth.of(text), y: row.y, slot: shown)
            } else {
                canvas.text(text, x: x, y: row.y, slot: shown, limit: column.width, ellipsis: true)
            }
            x += column.width + 1
        }
    }
}

/// The class list's columns after the name. On a narrow screen the least needed go first, so the name keeps
/// room to be read.
enum ClassColumn: CaseIterable {
    case artifacts, notes, prepared, practised, conference, last

    var title: Phrase {
        switch self {
        case .artifacts: return "Artifacts"
        case .notes: return "Notes"
        case .prepared: return "Prepared"
        case .practised: return "Practised"
        case .conference: return "Conference"
        case .last: return "Last"
        }
    }

    var width: Int {
        switch self {
        case .artifacts: return 9
        case .notes: return 5
        case .prepared: return 19
        case .practised: return 9
        case .conference: return 12
        case .last: return 7
        }
    }

    var alignRight: Bool { self == .artifacts || self == .notes || self == .practised }

    static let minimumName = 16

    static func nameWidth(_ width: Int, _ columns: [ClassColumn]) -> Int {
        width - columns.reduce(0) { $0 + $1.width + 1 } - 1
    }

    static func fitting(_ width: Int) -> [ClassColumn] {
        var columns = allCases
        for drop in [ClassColumn.last, .practised, .notes, .artifacts] where nameWidth(width, columns) < minimumName {
            columns.removeAll { $0 == drop }
        }
        return columns
    }

    func cell(_ s: StudentSummary, _ strings: Strings) -> (String, Slot) {
        let r = s.readiness
        switch self {
        case .artifacts: return (String(s.artifacts), .text)
        case .notes: return (r.notesChosen == 0 ? "—" : String(r.notesChosen), .text)
        case .prepared: return (r.summary(strings), r.isReady ? .success : r.notesChosen == 0 ? .muted : .text)
        case .practised: return (s.rehearsals == 0 ? "—" : "\(s.rehearsals)×", .text)
        case .conference:
            return (s.conferenceText(strings), s.conference == .done ? .success : s.conference == .inProgress ? .accent : .muted)
        case .last: return (s.lastActivity?.shortTitle(strings) ?? "—", .muted)
        }
    }
}
