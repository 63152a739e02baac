import Foundation
import LearnerLedCore
import TerminalKit

/// Before a rehearsal: who it is with, or going on with the one left unfinished.
struct RehearsalSetupForm: FormScreen {
    enum Field: Equatable, Sendable { case partner, name }

    enum Option: Equatable, Sendable {
        /// The last rehearsal left before its end.
        case resume(Rehearsal)
        case partner(Rehearsal.PartnerKind)
    }

    let student: StudentID
    var studentID: StudentID? { student }
    /// Going on where they stopped comes first when there is one; then who to practise with.
    let options: [Option]
    var choice = 0
    var name = TextEditor("", maxLength: 40)
    var focus: Field = .partner
    var error: String?

    init(studentID: StudentID, unfinished: Rehearsal?) {
        student = studentID
        options = (unfinished.map { [.resume($0)] } ?? []) + Rehearsal.PartnerKind.allCases.map { .partner($0) }
    }

    var partner: Rehearsal.PartnerKind? {
        if case .partner(let kind) = options[choice] { return kind }
        return nil
    }

    var needsName: Bool { partner == .peer || partner == .smallGroup }
    var takesText: Bool { needsName }
    var hasChanges: Bool { !name.text.isEmpty }
    var submitHelp: String { "start" }

    func fields(_ app: AppState) -> [Field] { needsName ? [.partner, .name] : [.partner] }
    func kind(of field: Field) -> FieldKind { field == .partner ? .choice : .text }
    mutating func edit(_ field: Field, _ key: Key) { name.handle(key) }
    mutating func change(_ field: Field, by step: Int, _ app: AppState) { choice = choice.cycled(step, in: options.count) }

    static func start(_ id: StudentID, _ app: inout AppState) -> [Effect] {
        guard !app.isReadOnly(id) else { return app.readOnlyRefusal(id) }
        app.open(RehearsalSetupForm(studentID: id, unfinished: app.portfolios[id]?.rehearsals.last { !$0.isFinished }))
        return []
    }

    mutating func submit(_ app: inout AppState, now: Date) -> [Effect] {
        let partnerName = name.text.trimmingCharacters(in: .whitespaces)
        switch options[choice] {
        case .resume(let unfinished):
            return RehearsalScreen.begin(unfinished, of: student, &app, now: now)
        case .partner(let kind) where needsName && partnerName.isEmpty:
            error = kind == .peer ? app.tr("Write your friend's name.") : app.tr("Write who is in your group.")
            focus = .name
            return []
        case .partner(let kind):
            guard let p = app.portfolios[student], let classroom = app.classroom else { return [] }
            let rehearsal = Rehearsal(startedAt: now, partner: kind, partnerName: needsName ? partnerName : "",
                                      totalSteps: ConferenceScript.steps(for: p, in: classroom).count)
            return RehearsalScreen.begin(rehearsal, of: student, &app, now: now)
        }
    }
}

extension RehearsalSetupForm {
    func render(_ state: AppState, _ body: Rect, _ canvas: inout Canvas) {
        let f = self
        let rect = body.inset(dx: 1, dy: 0)
        Widgets.box(&canvas, rect, title: state.tr("Practise my conference") + " — \(state.displayName(student))")
        let inner = rect.inset(dx: 2, dy: 1)
        canvas.text(state.tr("Who are you practising with?"), x: inner.x, y: inner.y, slot: f.focus == .partner ? .accent : .text)
        let labels: [Rehearsal.PartnerKind: String] = [.alone: state.tr("On my own"), .peer: state.tr("A friend"), .teacher: state.tr("My teacher"),
                                                       .smallGroup: state.tr("A small group"), .wholeClass: state.tr("Showing the whole class")]
        var y = inner.y + 2
        for (i, option) in f.options.enumerated() {
            let chosen = i == f.choice
            let row = Rect(x: inner.x, y: y, width: min(inner.width, 60), height: 1)
            if chosen, f.focus == .partner { canvas.fill(row, .selection) }
            let label: String
            switch option {
            case .partner(let kind): label = labels[kind]!
            case .resume(let r):
                label = state.tr("Go on where I stopped: step \(r.currentStep + 1) of \(r.totalSteps), \(Day(r.startedAt).shortTitle(state.strings)) \(r.partner.describe(r.partnerName, state.strings))")
            }
            canvas.text((chosen ? "● " : "○ ") + label, in: row, slot: chosen ? (f.focus == .partner ? .selection : .accent) : .text,
                        ellipsis: true)
            y += 1
        }
        y += 1
        if f.needsName {
            let label = f.partner == .peer ? state.tr("Friend's name") : state.tr("Who is in it")
            let labelWidth = FormWidgets.labelWidth([label], minimum: 16)
            canvas.text(label, x: inner.x, y: y, slot: f.focus == .name ? .accent : .text)
            Widgets.field(&canvas, Rect(x: inner.x + labelWidth, y: y, width: min(30, inner.width - labelWidth), height: 1), f.name,
                          focused: f.focus == .name, placeholder: state.tr("a name"))
            y += 2
        }
        if let error = f.error, y < inner.maxY {
            canvas.text("⚠ " + error, x: inner.x, y: y, slot: .warning, limit: inner.width, ellipsis: true)
            y += 2
        }
        if y < inner.maxY {
            Widgets.paragraph(&canvas, Rect(x: inner.x, y: y, width: inner.width, height: inner.maxY - y),
                              state.tr("←→ chooses, Enter starts. Then → or Space goes to the next step, ← goes back, h hides your words so you can try without them."),
                              slot: .muted)
        }
    }
}
