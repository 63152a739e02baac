import Foundation
import LearnerLedCore
import TerminalKit

/// Booking one conference slot, or changing one.
struct SlotForm: FormScreen {
    enum Field: CaseIterable, Equatable, Sendable {
        case day, time, student, family

        var label: Phrase {
            switch self {
            case .day: return "Day"
            case .time: return "Time"
            case .student: return "Student"
            case .family: return "Family"
            }
        }
    }

    /// The slot being changed; nil when booking a new one.
    let editing: ScheduledConference?
    var focus: Field = .time
    var day: TextEditor
    var time: TextEditor
    var studentIndex: Int
    var family: TextEditor
    var error: String?
    private let initial: [String]

    init(slot: ScheduledConference?, roster: [RosterEntry], today: Day) {
        editing = slot
        day = TextEditor(slot?.day.description ?? today.description, maxLength: 10)
        time = TextEditor(slot?.time ?? "", maxLength: 5)
        studentIndex = slot.flatMap { s in roster.firstIndex { $0.id == s.studentID } } ?? 0
        family = TextEditor(slot?.family.joined(separator: ", ") ?? "", maxLength: 120)
        initial = [day.text, time.text, String(studentIndex), family.text]
    }

    func fields(_ app: AppState) -> [Field] { Field.allCases }
    func kind(of field: Field) -> FieldKind { field == .student ? .choice : field == .family ? .text : .short }
    var hasChanges: Bool { [day.text, time.text, String(studentIndex), family.text] != initial }

    mutating func edit(_ field: Field, _ key: Key) {
        switch field {
        case .day: day.handle(key)
        case .time: time.handle(key)
        case .family: family.handle(key)
        case .student: break
        }
    }

    mutating func change(_ field: Field, by step: Int, _ app: AppState) {
        studentIndex = studentIndex.cycled(step, in: app.classroom?.roster.count ?? 0)
    }

    mutating func submit(_ app: inout AppState, now: Date) -> [Effect] {
        guard let classroom = app.classroom, classroom.roster.indices.contains(studentIndex) else { return [] }
        guard let day = Day(day.text.trimmingCharacters(in: .whitespaces)) else {
            error = app.tr("Write the day like 2026-12-02.")
            focus = .day
            return []
        }
        let time = time.text.trimmingCharacters(in: .whitespaces)
        guard ScheduledConference.isTime(time) else {
            error = app.tr("Write the time like 15:20.")
            focus = .time
            return []
        }
        let student = classroom.roster[studentIndex].id
        let family = family.text.listItems(separatedBy: ",")
        app.close()
        var effects: [Effect] = []
        if let editing, editing.studentID != student { effects += app.commitClassroom(.schedule(studentID: editing.studentID, nil)) }
        let slot = ScheduledConference(day: day, time: time, studentID: student, family: family)
        effects += app.commitClassroom(.schedule(studentID: student, slot))
        // Booked all the same; the teacher decides, but is told.
        if let clash = app.classroom?.conference.overlaps(with: slot).first {
            app.setStatus(app.tr("Heads up: \(time) overlaps \(app.displayName(clash.studentID))'s slot at \(clash.time), and families come one at a time."), .warning)
        }
        return effects
    }
}

extension SlotForm {
    func render(_ state: AppState, _ body: Rect, _ canvas: inout Canvas) {
        let f = self
        let roster = state.classroom?.roster ?? []
        let rect = body.centered(width: min(body.width - 4, 64), height: 12)
        Widgets.box(&canvas, rect, title: state.tr("A conference slot"), border: .accent)
        let inner = rect.inset(dx: 2, dy: 1)
        for (i, field) in Field.allCases.enumerated() {
            let y = inner.y + i * 2
            canvas.text(state.tr(field.label), x: inner.x, y: y, slot: f.focus == field ? .accent : .text)
            let value = Rect(x: inner.x + 12, y: y, width: inner.width - 12, height: 1)
            switch field {
            case .day: Widgets.field(&canvas, value, f.day, focused: f.focus == field)
            case .time: Widgets.field(&canvas, value, f.time, focused: f.focus == field, placeholder: "e.g. 15:20")
            case .student:
                FormWidgets.choice(&canvas, value, roster.indices.contains(f.studentIndex) ? roster[f.studentIndex].displayName : "—",
                                   focused: f.focus == field)
            case .family: Widgets.field(&canvas, value, f.family, focused: f.focus == field, placeholder: state.tr("names, with commas"))
            }
        }
        if let error = f.error { canvas.text("⚠ " + error, x: inner.x, y: inner.maxY - 1, slot: .warning, limit: inner.width) }
    }
}
