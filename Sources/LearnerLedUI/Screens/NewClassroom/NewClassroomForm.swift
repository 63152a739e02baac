import Foundation
import LearnerLedCore
import TerminalKit

/// Starting a classroom from nothing: its name, the teacher, then the students one by one.
struct NewClassroomForm: FormScreen {
    enum Field: Int, CaseIterable, Equatable, Sendable { case name, teacher, passphrase, student }

    var focus: Field = .name
    var name = TextEditor("", maxLength: 60)
    var teacher = TextEditor("", maxLength: 60)
    /// The teacher's passphrase for the teacher's side; only its hash is kept.
    var passphrase = TextEditor("", maxLength: 200)
    var student = TextEditor("", maxLength: 60)
    var students: [String] = []
    var error: String?

    func fields(_ app: AppState) -> [Field] { Field.allCases }
    func kind(of field: Field) -> FieldKind { .text }
    var submitHelp: String { "next / add" }

    mutating func edit(_ field: Field, _ key: Key) {
        switch field {
        case .name: name.handle(key)
        case .teacher: teacher.handle(key)
        case .passphrase: passphrase.handle(key)
        case .student:
            // Backspace on an empty line takes the last name back, to fix a typo before the class is made.
            if key == .backspace, student.text.isEmpty, let last = students.popLast() {
                student.setText(last)
            } else {
                student.handle(key)
            }
        }
    }

    var hasChanges: Bool { !(name.text + teacher.text + passphrase.text + student.text).isEmpty || !students.isEmpty }

    /// Enter moves on to the next field; on the student line it adds the name typed, and on an empty one
    /// creates the class.
    mutating func submit(_ app: inout AppState, now: Date) -> [Effect] {
        if focus != .student {
            focus = Field(rawValue: focus.rawValue + 1)!
            return []
        }
        let typed = student.text.trimmingCharacters(in: .whitespaces)
        if !typed.isEmpty {
            students.append(typed)
            student.setText("")
            return []
        }
        let className = name.text.trimmingCharacters(in: .whitespaces)
        let teacherName = teacher.text.trimmingCharacters(in: .whitespaces)
        if className.isEmpty {
            error = app.tr("Give the class a name.")
            focus = .name
        } else if teacherName.isEmpty {
            error = app.tr("Write the teacher's name.")
            focus = .teacher
        } else if passphrase.text.count < 6 {
            error = app.tr("Choose a passphrase of at least 6 characters for the teacher's side.")
            focus = .passphrase
        } else {
            return [.createClassroom(Self.classroom(named: className, teacher: teacherName, students: students),
                                     passphrase: passphrase.text)]
        }
        return []
    }

    static func classroom(named name: String, teacher: String, students: [String]) -> Classroom {
        var classroom = Classroom(name: name, teacher: teacher)
        var taken = Set<StudentID>()
        for student in students {
            let id = Identifier.uniqueStudentID(for: student, taken: taken)
            taken.insert(id)
            classroom.roster.append(RosterEntry(id: id, displayName: student))
        }
        return classroom
    }
}

extension NewClassroomForm {
    func render(_ state: AppState, _ body: Rect, _ canvas: inout Canvas) {
        let f = self
        let rect = body.inset(by: 1)
        Widgets.box(&canvas, rect, title: state.tr("A new classroom"))
        let inner = rect.inset(dx: 2, dy: 1)
        let rows: [(NewClassroomForm.Field, String, TextEditor, String)] = [
            (.name, state.tr("Class name"), f.name, state.tr("e.g. Room 12")),
            (.teacher, state.tr("Teacher"), f.teacher, state.tr("e.g. Ms. Rivera")),
            (.passphrase, state.tr("Passphrase"), TextEditor(String(repeating: "•", count: f.passphrase.characters.count)),
             state.tr("the teacher's, 6 or more")),
            (.student, state.tr("Add a student"), f.student, state.tr("type a name, press Enter")),
        ]
        let labelWidth = FormWidgets.labelWidth(rows.map(\.1), minimum: 16)
        let fieldRect = { (y: Int) in Rect(x: inner.x + labelWidth, y: y, width: inner.width - labelWidth, height: 1) }
        for (i, row) in rows.enumerated() {
            let y = inner.y + i * 2
            canvas.text(row.1, x: inner.x, y: y, slot: f.focus == row.0 ? .accent : .text, limit: labelWidth - 1)
            Widgets.field(&canvas, fieldRect(y), row.2, focused: f.focus == row.0, placeholder: row.3)
        }
        var y = inner.y + 8
        if let error = f.error {
            canvas.text(error, x: inner.x, y: y, slot: .warning, limit: inner.width)
            y += 1
        }
        canvas.text(state.tr("Students (\(f.students.count)) — Enter on an empty line when done, Bksp takes one back:"),
                    x: inner.x, y: y, slot: .muted, limit: inner.width, ellipsis: true)
        y += 1
        let columns = max(1, inner.width / 24)
        let room = max(0, inner.maxY - y)
        let shown = f.students.suffix(room * columns)
        for (i, name) in shown.enumerated() {
            canvas.text("• " + name, x: inner.x + (i % columns) * 24, y: y + i / columns, slot: .text, limit: 23, ellipsis: true)
        }
    }
}
