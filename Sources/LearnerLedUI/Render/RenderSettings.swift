import Foundation
import LearnerLedCore
import TerminalKit

func renderSettings(_ s: SettingsMenuState, _ state: AppState, _ body: Rect, _ canvas: inout Canvas) {
    guard let classroom = state.classroom else { return }
    let rect = body.inset(dx: 1, dy: 0)
    Widgets.box(&canvas, rect, title: "Class settings — \(classroom.name)")
    let inner = rect.inset(dx: 2, dy: 1)
    for (i, (_, label)) in SettingsMenuState.items(classroom).enumerated() where inner.y + i * 2 < inner.maxY {
        let row = Rect(x: inner.x, y: inner.y + i * 2, width: inner.width, height: 1)
        if i == s.selected { canvas.fill(row, .selection) }
        canvas.text((i == s.selected ? "▶ " : "  ") + label, in: row, slot: i == s.selected ? .selection : .text)
    }
}

func renderListEditor(_ e: ListEditorState, _ state: AppState, _ body: Rect, _ canvas: inout Canvas) {
    let rect = body.inset(dx: 1, dy: 0)
    var title = e.title
    if case .starters(let language) = e.kind, let name = state.classroom?.starterSets.first(where: { $0.language == language })?.languageName {
        title = "Sentence starters — \(name)"
    }
    Widgets.box(&canvas, rect, title: title)
    let inner = rect.inset(dx: 2, dy: 1)
    let lines = state.listLines(e.kind)
    var labels: [String] = []
    if case .starters(let language) = e.kind, let set = state.classroom?.starterSets.first(where: { $0.language == language }) {
        labels = StarterLines.lines(set).map(\.label)
    }
    let labelWidth = labels.isEmpty ? 0 : 22
    // While adding, the new line shows right after the selected one.
    var rows: [(text: String, isNew: Bool)] = lines.map { ($0, false) }
    if e.adding { rows.insert(("", true), at: lines.isEmpty ? 0 : e.selected + 1) }
    let cursor = e.adding ? (lines.isEmpty ? 0 : e.selected + 1) : e.selected
    let visible = max(1, inner.height - 1)
    let top = ListScroll.offset(selected: cursor, current: 0, visible: visible, count: rows.count)
    for (offset, row) in rows.dropFirst(top).prefix(visible).enumerated() {
        let index = top + offset
        let y = inner.y + offset
        let rowRect = Rect(x: inner.x, y: y, width: inner.width, height: 1)
        let field = Rect(x: inner.x + labelWidth, y: y, width: inner.width - labelWidth, height: 1)
        let selected = index == cursor
        if selected, e.editor == nil { canvas.fill(rowRect, .selection) }
        if index < labels.count, !row.isNew {
            canvas.text(labels[index], x: inner.x, y: y, slot: selected && e.editor == nil ? .selection : .muted, limit: labelWidth - 1)
        }
        if selected, let editor = e.editor {
            Widgets.field(&canvas, field, editor, focused: true)
        } else {
            canvas.text(row.text, in: field, slot: selected ? .selection : .text)
        }
    }
    let hint = e.editor != nil ? "Enter keeps it · Esc leaves it as it was"
        : e.isFixed ? "Enter changes the line; each language keeps the same lines" : "a adds · Enter changes · d removes · K/J moves"
    canvas.text(hint, x: inner.x, y: inner.maxY - 1, slot: .muted, limit: inner.width, ellipsis: true)
}

func renderNewLanguage(_ f: NewLanguageForm, _ state: AppState, _ body: Rect, _ canvas: inout Canvas) {
    let rect = body.centered(width: min(body.width - 4, 64), height: 10)
    Widgets.box(&canvas, rect, title: "Add a language", border: .accent)
    let inner = rect.inset(dx: 2, dy: 1)
    canvas.text("Short code", x: inner.x, y: inner.y, slot: f.focus == 0 ? .accent : .text)
    Widgets.field(&canvas, Rect(x: inner.x + 14, y: inner.y, width: 10, height: 1), f.code, focused: f.focus == 0, placeholder: "vi")
    canvas.text("Name", x: inner.x, y: inner.y + 2, slot: f.focus == 1 ? .accent : .text)
    Widgets.field(&canvas, Rect(x: inner.x + 14, y: inner.y + 2, width: inner.width - 14, height: 1), f.name, focused: f.focus == 1,
                  placeholder: "Tiếng Việt")
    let text = f.error.map { "⚠ " + $0 } ?? "The new set starts as a copy of the English starters, for you to translate."
    Widgets.paragraph(&canvas, Rect(x: inner.x, y: inner.y + 4, width: inner.width, height: 3), text, slot: f.error == nil ? .muted : .warning)
}

func renderConferenceSettings(_ s: ConferenceSettingsState, _ state: AppState, _ body: Rect, _ canvas: inout Canvas) {
    guard let classroom = state.classroom else { return }
    let rect = body.inset(dx: 1, dy: 0)
    Widgets.box(&canvas, rect, title: "Conferences")
    let inner = rect.inset(dx: 2, dy: 1)
    canvas.text("Format", x: inner.x, y: inner.y, slot: s.focus == .format ? .accent : .text)
    choice(&canvas, Rect(x: inner.x + 16, y: inner.y, width: inner.width - 16, height: 1), classroom.conference.formatDescription,
           focused: s.focus == .format)
    canvas.text("Minutes each", x: inner.x, y: inner.y + 1, slot: s.focus == .minutes ? .accent : .text)
    Widgets.field(&canvas, Rect(x: inner.x + 16, y: inner.y + 1, width: 5, height: 1), s.minutes, focused: s.focus == .minutes)
    canvas.text("Schedule (a adds · Enter changes · d removes)", x: inner.x, y: inner.y + 3, slot: s.focus == .schedule ? .accent : .title,
                limit: inner.width)
    let schedule = classroom.conference.schedule
    if schedule.isEmpty { canvas.text("Nobody booked yet.", x: inner.x, y: inner.y + 4, slot: .muted) }
    let room = max(1, inner.height - 8)
    let top = ListScroll.offset(selected: s.selected, current: 0, visible: room, count: schedule.count)
    for (offset, slot) in schedule.dropFirst(top).prefix(room).enumerated() {
        let index = top + offset
        let row = Rect(x: inner.x, y: inner.y + 4 + offset, width: inner.width, height: 1)
        let selected = s.focus == .schedule && index == s.selected
        if selected { canvas.fill(row, .selection) }
        let family = slot.family.isEmpty ? "" : " — \(slot.family.joined(separator: ", "))"
        canvas.text("\(slot.day.shortTitle.padding(toLength: 7, withPad: " ", startingAt: 0)) \(slot.time.padding(toLength: 6, withPad: " ", startingAt: 0))"
                    + state.displayName(slot.studentID) + family, in: row, slot: selected ? .selection : .text)
    }
    // What families said, across the class.
    let feedback = state.portfolios.values.compactMap { $0.conference?.familyFeedback }
    let summary = FeedbackSummary(feedback)
    let lines = feedback.isEmpty ? ["No family feedback yet (F in a student's portfolio writes it down)."] : summary.lines
    for (i, line) in lines.prefix(3).enumerated() {
        canvas.text(line, x: inner.x, y: inner.maxY - 3 + i, slot: .muted, limit: inner.width, ellipsis: true)
    }
}

/// Families' answers added up for the teacher.
struct FeedbackSummary {
    var lines: [String]

    init(_ all: [FamilyFeedback]) {
        func count(_ values: [Bool?]) -> String {
            let answered = values.compactMap { $0 }
            return "\(answered.filter { $0 }.count) of \(answered.count)"
        }
        let goals = all.map(\.goalsToAdd).filter { !$0.isEmpty }
        lines = ["Families: \(all.count) · it was clear: \(count(all.map(\.wasClear))) · the time was enough: \(count(all.map(\.timeWasEnough)))",
                 "Went well: " + all.map(\.wentWell).filter { !$0.isEmpty }.prefix(3).joined(separator: " · "),
                 "Goals families would add: " + (goals.isEmpty ? "—" : goals.prefix(3).joined(separator: " · "))]
    }
}

func renderSlot(_ f: SlotForm, _ state: AppState, _ body: Rect, _ canvas: inout Canvas) {
    let roster = state.classroom?.roster ?? []
    let rect = body.centered(width: min(body.width - 4, 64), height: 12)
    Widgets.box(&canvas, rect, title: "A conference slot", border: .accent)
    let inner = rect.inset(dx: 2, dy: 1)
    let labels = ["Day", "Time", "Student", "Family"]
    for (i, label) in labels.enumerated() {
        let y = inner.y + i * 2
        canvas.text(label, x: inner.x, y: y, slot: f.focus == i ? .accent : .text)
        let value = Rect(x: inner.x + 12, y: y, width: inner.width - 12, height: 1)
        switch i {
        case 0: Widgets.field(&canvas, value, f.day, focused: f.focus == 0)
        case 1: Widgets.field(&canvas, value, f.time, focused: f.focus == 1, placeholder: "15:20")
        case 2: choice(&canvas, value, roster.indices.contains(f.studentIndex) ? roster[f.studentIndex].displayName : "—", focused: f.focus == 2)
        default: Widgets.field(&canvas, value, f.family, focused: f.focus == 3, placeholder: "names, with commas")
        }
    }
    if let error = f.error { canvas.text("⚠ " + error, x: inner.x, y: inner.maxY - 1, slot: .warning, limit: inner.width) }
}

func renderFamilyFeedback(_ f: FamilyFeedbackForm, _ state: AppState, _ body: Rect, _ canvas: inout Canvas) {
    let rect = body.inset(dx: 1, dy: 0)
    Widgets.box(&canvas, rect, title: "What the family said — \(state.displayName(f.studentID))")
    let inner = rect.inset(dx: 2, dy: 1)
    func answer(_ b: Bool?) -> String { b == nil ? "—" : b! ? "yes" : "no" }
    canvas.text("Was it clear?", x: inner.x, y: inner.y, slot: f.focus == 0 ? .accent : .text)
    choice(&canvas, Rect(x: inner.x + 26, y: inner.y, width: 12, height: 1), answer(f.clear), focused: f.focus == 0)
    canvas.text("Was the time enough?", x: inner.x, y: inner.y + 2, slot: f.focus == 1 ? .accent : .text)
    choice(&canvas, Rect(x: inner.x + 26, y: inner.y + 2, width: 12, height: 1), answer(f.timeEnough), focused: f.focus == 1)
    canvas.text("What went well", x: inner.x, y: inner.y + 4, slot: f.focus == 2 ? .accent : .text)
    Widgets.area(&canvas, Rect(x: inner.x, y: inner.y + 5, width: inner.width, height: 3), f.wentWell, focused: f.focus == 2)
    canvas.text("Goals they would add", x: inner.x, y: inner.y + 9, slot: f.focus == 3 ? .accent : .text)
    Widgets.area(&canvas, Rect(x: inner.x, y: inner.y + 10, width: inner.width, height: 3), f.goals, focused: f.focus == 3)
}
