import Foundation
import LearnerLedCore
import TerminalKit

/// Before the real conference: who came.
struct ConferenceSetupForm: FormScreen {
    enum Field: Equatable, Sendable { case attendees }

    let student: StudentID
    var studentID: StudentID? { student }
    var attendees: TextEditor
    var focus: Field = .attendees
    var error: String?
    private let initial: String

    init(studentID: StudentID, attendees: [String]) {
        student = studentID
        initial = attendees.joined(separator: ", ")
        self.attendees = TextEditor(initial, maxLength: 200)
    }

    var names: [String] {
        attendees.text.listItems(separatedBy: ",")
    }

    func fields(_ app: AppState) -> [Field] { [.attendees] }
    func kind(of field: Field) -> FieldKind { .text }
    mutating func edit(_ field: Field, _ key: Key) { attendees.handle(key) }
    var submitHelp: String { "start the conference" }
    var hasChanges: Bool { attendees.text != initial }

    /// Starts (or goes on with) the conference: the student leads it from here, the teacher's view follows.
    mutating func submit(_ app: inout AppState, now: Date) -> [Effect] {
        guard let p = app.portfolios[student], let classroom = app.classroom else { return [] }
        let steps = ConferenceScript.steps(for: p, in: classroom)
        var place = 0
        if let record = p.conference, record.status == .inProgress { place = min(record.currentStep, max(0, steps.count - 1)) }
        app.replace(with: ConferenceScreen(student: student, steps: steps, currentStep: place, stepStartedAt: now))
        return app.commit(.conference(.start(attendees: names, at: now)), to: student, label: nil)
            + app.commit(.conference(.step(place)), to: student, label: nil)
    }
}

extension ConferenceSetupForm {
    func render(_ state: AppState, _ body: Rect, _ canvas: inout Canvas) {
        let f = self
        let rect = body.centered(width: min(body.width - 4, 70), height: 9)
        Widgets.box(&canvas, rect, title: state.tr("My conference"), border: .accent)
        let inner = rect.inset(dx: 2, dy: 1)
        canvas.text(state.tr("Who came? Write their names, with commas between them."), in: inner.row(0), slot: .text)
        Widgets.field(&canvas, Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: 1), f.attendees, focused: true,
                      placeholder: state.tr("e.g. Mamá, Papá, Abuela Rosa"))
        Widgets.paragraph(&canvas, Rect(x: inner.x, y: inner.y + 4, width: inner.width, height: 2),
                          state.tr("Enter starts. You lead: → goes on, ← goes back. Your teacher is here to help."), slot: .muted)
    }
}

/// After the last step of the real conference: the next steps agreed with the family.
struct ConferenceCloseForm: FormScreen {
    enum Field: Equatable, Sendable { case nextSteps }

    let student: StudentID
    var studentID: StudentID? { student }
    var nextSteps = TextEditor("", maxLength: 600)
    var focus: Field = .nextSteps
    var error: String?

    init(studentID: StudentID) { student = studentID }

    /// One next step per part the family agreed on, with `;` between.
    var steps: [String] {
        nextSteps.text.listItems(separatedBy: ";")
    }

    func fields(_ app: AppState) -> [Field] { [.nextSteps] }
    func kind(of field: Field) -> FieldKind { .text }
    mutating func edit(_ field: Field, _ key: Key) { nextSteps.handle(key) }
    var submitHelp: String { "finish" }
    var cancelHelp: String { "back to the steps" }
    var hasChanges: Bool { !nextSteps.text.isEmpty }

    mutating func submit(_ app: inout AppState, now: Date) -> [Effect] {
        app.close()
        app.setStatus(app.tr("Your conference is done. You led it — well done!"), .info)
        return app.commit(.conference(.finish(nextSteps: steps, at: now)), to: student, label: nil)
    }

    /// Esc goes back to the last step (asking first when next steps were typed).
    mutating func cancel(_ app: inout AppState, now: Date) -> [Effect] {
        guard !hasChanges else {
            app.overlay = .confirm(.discardForm)
            return []
        }
        guard let p = app.portfolios[student], let classroom = app.classroom else { return [] }
        let steps = ConferenceScript.steps(for: p, in: classroom)
        app.replace(with: ConferenceScreen(student: student, steps: steps, currentStep: max(0, steps.count - 1), stepStartedAt: now))
        return []
    }
}

extension ConferenceCloseForm {
    func render(_ state: AppState, _ body: Rect, _ canvas: inout Canvas) {
        let f = self
        let rect = body.centered(width: min(body.width - 4, 70), height: 10)
        Widgets.box(&canvas, rect, title: state.tr("Next steps we agreed on"), border: .accent)
        let inner = rect.inset(dx: 2, dy: 1)
        canvas.text(state.tr("What will you work on next? Put ; between steps."), in: inner.row(0), slot: .text)
        Widgets.area(&canvas, Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: 3), f.nextSteps, focused: true)
        canvas.text(state.tr("\(key(.open, state)) finishes the conference."), x: inner.x, y: inner.y + 6, slot: .muted, limit: inner.width)
    }
}
