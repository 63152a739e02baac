import LearnerLedCore
import TerminalKit

func renderWelcome(_ s: WelcomeState, _ state: AppState, _ body: Rect, _ canvas: inout Canvas) {
    let rect = body.centered(width: min(body.width - 2, 64), height: min(body.height, 14))
    Widgets.box(&canvas, rect, title: "Welcome to LearnerLed")
    let inner = rect.inset(dx: 3, dy: 2)
    var y = inner.y
    y += Widgets.paragraph(&canvas, Rect(x: inner.x, y: y, width: inner.width, height: 3),
                           "Portfolios, reflections and learner-led conferences. There is no classroom here yet.",
                           slot: .text) + 1
    let options = ["1  Explore the demo classroom", "2  Start a new classroom"]
    for (i, option) in options.enumerated() {
        let row = Rect(x: inner.x, y: y + i * 2, width: inner.width, height: 1)
        if i == s.selected { canvas.fill(row, .selection) }
        canvas.text((i == s.selected ? "▶ " : "  ") + option, in: row, slot: i == s.selected ? .selection : .text)
    }
    y += 4
    canvas.text("The demo is kept apart from your own classroom.", in: Rect(x: inner.x, y: y, width: inner.width, height: 1),
                slot: .muted)
}

func renderNewClassroom(_ f: NewClassroomForm, _ body: Rect, _ canvas: inout Canvas) {
    let rect = body.inset(by: 1)
    Widgets.box(&canvas, rect, title: "A new classroom")
    let inner = rect.inset(dx: 2, dy: 1)
    let labelWidth = 16
    let fieldRect = { (y: Int) in Rect(x: inner.x + labelWidth, y: y, width: inner.width - labelWidth, height: 1) }
    let rows: [(NewClassroomForm.Field, String, TextEditor, String)] = [
        (.name, "Class name", f.name, "e.g. Room 12"),
        (.teacher, "Teacher", f.teacher, "e.g. Ms. Rivera"),
        (.student, "Add a student", f.student, "type a name, press Enter"),
    ]
    for (i, row) in rows.enumerated() {
        let y = inner.y + i * 2
        canvas.text(row.1, x: inner.x, y: y, slot: f.focus == row.0 ? .accent : .text, limit: labelWidth - 1)
        Widgets.field(&canvas, fieldRect(y), row.2, focused: f.focus == row.0, placeholder: row.3)
    }
    var y = inner.y + 6
    if let error = f.error {
        canvas.text(error, x: inner.x, y: y, slot: .warning, limit: inner.width)
        y += 1
    }
    canvas.text("Students (\(f.students.count)) — press Enter on an empty name when you are done:",
                x: inner.x, y: y, slot: .muted, limit: inner.width, ellipsis: true)
    y += 1
    let columns = max(1, inner.width / 24)
    let room = max(0, inner.maxY - y)
    let shown = f.students.suffix(room * columns)
    for (i, name) in shown.enumerated() {
        canvas.text("• " + name, x: inner.x + (i % columns) * 24, y: y + i / columns, slot: .text, limit: 23, ellipsis: true)
    }
}
