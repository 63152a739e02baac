import Foundation
import LearnerLedCore
import TerminalKit

/// The teacher writing, before the conference, what they may share and which questions to keep at hand.
struct TeacherNotesForm: FormScreen {
    enum Field: CaseIterable, Equatable, Sendable { case reflections, pinned }

    let student: StudentID
    var studentID: StudentID? { student }
    var focus: Field = .reflections
    var reflections: TextEditor
    var pinned: TextEditor
    var error: String?
    /// The notes as they were when the form opened.
    private let initial: [String]

    init(studentID: StudentID, notes: TeacherNotes?) {
        student = studentID
        reflections = TextEditor(notes?.reflections ?? "", maxLength: 1000)
        pinned = TextEditor((notes?.pinnedQuestions ?? []).joined(separator: "; "), maxLength: 600)
        initial = [reflections.text, pinned.text]
    }

    var pinnedQuestions: [String] {
        pinned.text.listItems(separatedBy: ";")
    }

    func fields(_ app: AppState) -> [Field] { Field.allCases }
    func kind(of field: Field) -> FieldKind { .text }
    var submitHelp: String { focus == .reflections ? "next" : "keep" }
    var hasChanges: Bool { [reflections.text, pinned.text] != initial }

    mutating func edit(_ field: Field, _ key: Key) {
        if field == .reflections { reflections.handle(key) } else { pinned.handle(key) }
    }

    mutating func submit(_ app: inout AppState, now: Date) -> [Effect] {
        if focus == .reflections {
            focus = .pinned
            return []
        }
        app.close()
        return save(&app)
    }

    mutating func saveBeforeQuit(_ app: inout AppState, now: Date) -> [Effect] { save(&app) }

    private func save(_ app: inout AppState) -> [Effect] {
        let text = reflections.text.trimmingCharacters(in: .whitespaces)
        let current = app.teacherNotes[student]
        guard text != current?.reflections ?? "" || pinnedQuestions != current?.pinnedQuestions ?? [] else { return [] }
        return app.commitTeacherNotes(student, .setReflections(text, pinned: pinnedQuestions))
    }
}

extension TeacherNotesForm {
    func render(_ state: AppState, _ body: Rect, _ canvas: inout Canvas) {
        let f = self
        let rect = body.inset(dx: 1, dy: 0)
        Widgets.box(&canvas, rect, title: state.tr("My notes about \(state.displayName(student)) — teacher only"))
        let inner = rect.inset(dx: 2, dy: 1)
        canvas.text(state.tr("What I may share if they need support"), x: inner.x, y: inner.y, slot: f.focus == .reflections ? .accent : .title)
        // The notes written during the conference take what is left below, newest last.
        let notes = state.teacherNotes[student]?.conferenceNotes ?? []
        let notesHeight = notes.isEmpty ? 0 : min(notes.count + 2, max(0, (inner.height - 9) / 2))
        let areaHeight = max(2, inner.height - 7 - notesHeight)
        Widgets.area(&canvas, Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: areaHeight), f.reflections, focused: f.focus == .reflections)
        var y = inner.y + areaHeight + 2
        canvas.text(state.tr("Questions to keep at hand for them (put ; between)"), x: inner.x, y: y, slot: f.focus == .pinned ? .accent : .title)
        Widgets.field(&canvas, Rect(x: inner.x, y: y + 1, width: inner.width, height: 1), f.pinned, focused: f.focus == .pinned)
        y += 3
        if notesHeight > 1 {
            canvas.text(state.tr("Notes from the conference (\(notes.count))"), x: inner.x, y: y, slot: .title, limit: inner.width)
            for (i, note) in notes.suffix(notesHeight - 2).enumerated() {
                canvas.text(PrintableDocument.time(note.at) + "  " + note.text, x: inner.x, y: y + 1 + i, slot: .text, limit: inner.width,
                            ellipsis: true)
            }
            y += notesHeight
        }
        canvas.text(state.tr("Never shown in the student's own session."), x: inner.x, y: y, slot: .muted, limit: inner.width)
    }
}
