import Foundation
import LearnerLedCore
import TerminalKit

/// What the family said after the conference, written down by the teacher.
struct FamilyFeedbackForm: FormScreen {
    enum Field: CaseIterable, Equatable, Sendable { case clear, timeEnough, wentWell, goals }

    let student: StudentID
    var studentID: StudentID? { student }
    var focus: Field = .clear
    var clear: Bool?
    var timeEnough: Bool?
    var wentWell: TextEditor
    var goals: TextEditor
    var error: String?
    private let original: FamilyFeedback?

    init(studentID: StudentID, feedback: FamilyFeedback?) {
        student = studentID
        original = feedback
        clear = feedback?.wasClear
        timeEnough = feedback?.timeWasEnough
        wentWell = TextEditor(feedback?.wentWell ?? "", maxLength: 300)
        goals = TextEditor(feedback?.goalsToAdd ?? "", maxLength: 300)
    }

    var feedback: FamilyFeedback {
        FamilyFeedback(wasClear: clear, timeWasEnough: timeEnough, wentWell: wentWell.text.trimmingCharacters(in: .whitespaces),
                       goalsToAdd: goals.text.trimmingCharacters(in: .whitespaces))
    }

    func fields(_ app: AppState) -> [Field] { Field.allCases }
    func kind(of field: Field) -> FieldKind { field == .clear || field == .timeEnough ? .choice : .text }
    var submitHelp: String { focus == .goals ? "keep it" : "next" }
    var hasChanges: Bool { feedback != (original ?? FamilyFeedback(wasClear: nil, timeWasEnough: nil, wentWell: "", goalsToAdd: "")) }

    mutating func edit(_ field: Field, _ key: Key) {
        if field == .wentWell { wentWell.handle(key) } else { goals.handle(key) }
    }

    /// —, yes, no, round again.
    mutating func change(_ field: Field, by step: Int, _ app: AppState) {
        func cycle(_ b: Bool?) -> Bool? { b == nil ? true : b == true ? false : nil }
        if field == .clear { clear = cycle(clear) }
        if field == .timeEnough { timeEnough = cycle(timeEnough) }
    }

    mutating func submit(_ app: inout AppState, now: Date) -> [Effect] {
        if focus != .goals {
            focus = Self.step(from: focus, by: 1, in: Field.allCases)
            return []
        }
        app.close()
        app.setStatus(app.tr("The family's feedback is kept with the conference."), .info)
        return app.commit(.conference(.familyFeedback(feedback)), to: student, label: nil)
    }
}

extension FamilyFeedbackForm {
    func render(_ state: AppState, _ body: Rect, _ canvas: inout Canvas) {
        let f = self
        let rect = body.inset(dx: 1, dy: 0)
        Widgets.box(&canvas, rect, title: state.tr("What the family said — \(state.displayName(student))"))
        let inner = rect.inset(dx: 2, dy: 1)
        func answer(_ b: Bool?) -> String { b == nil ? "—" : b! ? state.tr("yes") : state.tr("no") }
        canvas.text(state.tr("Was it clear?"), x: inner.x, y: inner.y, slot: f.focus == .clear ? .accent : .text)
        FormWidgets.choice(&canvas, Rect(x: inner.x + 26, y: inner.y, width: 12, height: 1), answer(f.clear), focused: f.focus == .clear)
        canvas.text(state.tr("Was the time enough?"), x: inner.x, y: inner.y + 2, slot: f.focus == .timeEnough ? .accent : .text)
        FormWidgets.choice(&canvas, Rect(x: inner.x + 26, y: inner.y + 2, width: 12, height: 1), answer(f.timeEnough), focused: f.focus == .timeEnough)
        canvas.text(state.tr("What went well"), x: inner.x, y: inner.y + 4, slot: f.focus == .wentWell ? .accent : .text)
        Widgets.area(&canvas, Rect(x: inner.x, y: inner.y + 5, width: inner.width, height: 3), f.wentWell, focused: f.focus == .wentWell)
        canvas.text(state.tr("Goals they would add"), x: inner.x, y: inner.y + 9, slot: f.focus == .goals ? .accent : .text)
        Widgets.area(&canvas, Rect(x: inner.x, y: inner.y + 10, width: inner.width, height: 3), f.goals, focused: f.focus == .goals)
    }
}
