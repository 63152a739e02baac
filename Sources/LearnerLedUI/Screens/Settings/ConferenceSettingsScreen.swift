import Foundation
import LearnerLedCore
import TerminalKit

/// How conferences run and who comes when.
struct ConferenceSettingsScreen: ScreenFeature {
    enum Focus: Equatable, Sendable { case format, minutes, schedule }
    var focus: Focus = .format
    var minutes: TextEditor
    var cursor = ListCursor()

    init(minutes: Int) { self.minutes = TextEditor(String(minutes), maxLength: 3) }

    var takesText: Bool { focus == .minutes }

    /// Rows of the schedule on screen.
    static func visibleRows(_ body: Rect) -> Int { max(1, body.height - 10) }

    static let scheduleKeys: KeyTable = [
        KeyBinding([.character("a")], "book a slot", .add),
        KeyBinding([.enter, .character("e")], "change", label: "Enter", .open),
        KeyBinding([.character("d")], "remove", .delete),
        KeyBinding([.up, .character("k")], "move", label: "↑↓", .up),
        KeyBinding([.down, .character("j")], "move down", inBar: false, .down),
    ]

    func keys(_ app: AppState) -> KeyTable {
        let here: KeyTable = switch focus {
        case .format: [KeyBinding([.left, .right, .space], "change the format", label: "←→", .chooseNext)]
        case .minutes: [KeyBinding([.enter], "keep", .open)]
        case .schedule: Self.scheduleKeys
        }
        return here + [
            KeyBinding([.tab], "next", label: "Tab", .nextField),
            KeyBinding([.backTab], "back", inBar: false, .previousField),
            KeyBinding([.escape], "back", .back),
        ]
    }

    mutating func reduce(_ action: Action, _ app: inout AppState, now: Date) -> [Effect]? {
        guard let classroom = app.classroom else { return nil }
        let schedule = classroom.conference.schedule
        switch (focus, action) {
        case (_, .nextField), (_, .previousField):
            let order: [Focus] = [.format, .minutes, .schedule]
            focus = order[order.firstIndex(of: focus)!.cycled(action.step, in: order.count)]
            return keepMinutes(&app)
        case (.format, .chooseNext):
            return app.commitClassroom(.setConferenceFormat(classroom.conference.format.cycled(1),
                                                           slotMinutes: classroom.conference.slotMinutes))
        case (.minutes, .type(let key)):
            minutes.handle(key)
        case (.minutes, .open):
            focus = .schedule
            return keepMinutes(&app)
        case (.schedule, .up), (.schedule, .down):
            _ = cursor.move(action, count: schedule.count, visible: Self.visibleRows(app.body))
        case (.schedule, .add):
            app.open(SlotForm(slot: nil, roster: classroom.roster, today: app.today))
        case (.schedule, .open):
            guard schedule.indices.contains(cursor.selected) else { return [] }
            app.open(SlotForm(slot: schedule[cursor.selected], roster: classroom.roster, today: app.today))
        case (.schedule, .delete):
            guard schedule.indices.contains(cursor.selected) else { return [] }
            let id = schedule[cursor.selected].studentID
            cursor.clamp(count: schedule.count - 1)
            return app.commitClassroom(.schedule(studentID: id, nil))
        case (_, .back):
            app.close()
            return keepMinutes(&app)
        default:
            return nil
        }
        return []
    }

    /// The slot length is kept when the teacher moves on from it; a length out of 5–120 goes back to what it was.
    private mutating func keepMinutes(_ app: inout AppState) -> [Effect] {
        guard let classroom = app.classroom else { return [] }
        guard let typed = Int(minutes.text.trimmingCharacters(in: .whitespaces)), (5...120).contains(typed) else {
            minutes = TextEditor(String(classroom.conference.slotMinutes), maxLength: 3)
            return []
        }
        guard typed != classroom.conference.slotMinutes else { return [] }
        return app.commitClassroom(.setConferenceFormat(classroom.conference.format, slotMinutes: typed))
    }
}

extension ConferenceSettingsScreen {
    func render(_ state: AppState, _ body: Rect, _ canvas: inout Canvas) {
        let s = self
        guard let classroom = state.classroom else { return }
        let rect = body.inset(dx: 1, dy: 0)
        Widgets.box(&canvas, rect, title: state.tr("Conferences"))
        let inner = rect.inset(dx: 2, dy: 1)
        let labelWidth = FormWidgets.labelWidth([state.tr("Format"), state.tr("Minutes each")], minimum: 16)
        canvas.text(state.tr("Format"), x: inner.x, y: inner.y, slot: s.focus == .format ? .accent : .text)
        FormWidgets.choice(&canvas, Rect(x: inner.x + labelWidth, y: inner.y, width: inner.width - labelWidth, height: 1),
                           classroom.conference.formatDescription(state.strings), focused: s.focus == .format)
        canvas.text(state.tr("Minutes each"), x: inner.x, y: inner.y + 1, slot: s.focus == .minutes ? .accent : .text)
        Widgets.field(&canvas, Rect(x: inner.x + labelWidth, y: inner.y + 1, width: 5, height: 1), s.minutes, focused: s.focus == .minutes)
        let table = Self.scheduleKeys
        func key(_ action: Action) -> String { table.label(of: action) ?? "" }
        canvas.text(state.tr("Schedule (\(key(.add)) adds · \(key(.open)) changes · \(key(.delete)) removes)"), x: inner.x, y: inner.y + 3, slot: s.focus == .schedule ? .accent : .title,
                    limit: inner.width)
        let schedule = classroom.conference.schedule
        if schedule.isEmpty { canvas.text(state.tr("Nobody booked yet."), x: inner.x, y: inner.y + 4, slot: .muted) }
        let room = max(1, inner.height - 8)
        let top = s.cursor.firstRow(visible: room, count: schedule.count)
        for (offset, slot) in schedule.dropFirst(top).prefix(room).enumerated() {
            let index = top + offset
            let row = Rect(x: inner.x, y: inner.y + 4 + offset, width: inner.width, height: 1)
            let selected = s.focus == .schedule && index == s.cursor.selected
            if selected { canvas.fill(row, .selection) }
            let family = slot.family.isEmpty ? "" : " — \(slot.family.joined(separator: ", "))"
        let clash = classroom.conference.overlaps(with: slot).isEmpty ? "" : "  ⚠ " + state.tr("overlaps")
            canvas.text("\(slot.day.shortTitle(state.strings).padded(to: 7)) \(slot.time.padded(to: 6))"
                        + state.displayName(slot.studentID) + family + clash, in: row,
                    slot: selected ? .selection : clash.isEmpty ? .text : .warning)
        }
        // What families said, across the class.
        let feedback = state.portfolios.values.compactMap { $0.conference?.familyFeedback }
        let summary = FeedbackSummary(feedback, state.strings)
        let lines = feedback.isEmpty ? [state.tr("No family feedback yet (\(PortfolioScreen(studentID: "").key(.familyFeedback, state)) in a student's portfolio writes it down).")] : summary.lines
        for (i, line) in lines.prefix(3).enumerated() {
            canvas.text(line, x: inner.x, y: inner.maxY - 3 + i, slot: .muted, limit: inner.width, ellipsis: true)
        }
    }
}
