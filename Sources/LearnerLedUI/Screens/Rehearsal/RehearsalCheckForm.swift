import Foundation
import LearnerLedCore
import TerminalKit

/// After the last step: the success criteria, seen or not yet, and feedback that says what exactly.
struct RehearsalCheckForm: FormScreen {
    enum Field: Equatable, Sendable { case criterion(Int), worked, tryNext }

    let student: StudentID
    var studentID: StudentID? { student }
    var rehearsal: Rehearsal
    var focus: Field
    var seen: Set<String> = []
    var worked = TextEditor("", maxLength: 300)
    var tryNext = TextEditor("", maxLength: 300)
    /// Set when Enter found the feedback vague; a second Enter keeps it as it is.
    var hint: String?
    var error: String? {
        get { hint }
        set { hint = newValue }
    }
    let criteria: [SuccessCriterion]

    init(studentID: StudentID, rehearsal: Rehearsal, criteria: [SuccessCriterion]) {
        student = studentID
        self.rehearsal = rehearsal
        self.criteria = criteria
        focus = criteria.isEmpty ? .worked : .criterion(0)
    }

    var criterionIndex: Int? {
        if case .criterion(let i) = focus { return i }
        return nil
    }

    func fields(_ app: AppState) -> [Field] { criteria.indices.map { .criterion($0) } + [.worked, .tryNext] }
    func kind(of field: Field) -> FieldKind { if case .criterion = field { return .tick("seen / not yet") } else { return .text } }
    var submitHelp: String { focus == .tryNext ? "finish" : "next" }
    var hasChanges: Bool { !seen.isEmpty || !worked.text.isEmpty || !tryNext.text.isEmpty }

    mutating func edit(_ field: Field, _ key: Key) {
        if field == .worked { worked.handle(key) } else { tryNext.handle(key) }
    }

    /// Space or ←→ ticks a criterion seen, or not yet.
    mutating func change(_ field: Field, by step: Int, _ app: AppState) {
        guard case .criterion(let i) = field else { return }
        let id = criteria[i].id
        if seen.contains(id) { seen.remove(id) } else { seen.insert(id) }
    }

    mutating func submit(_ app: inout AppState, now: Date) -> [Effect] {
        if focus != .tryNext {
            focus = Self.step(from: focus, by: 1, in: fields(app))
            return []
        }
        // Vague feedback gets one nudge toward saying what exactly; a second Enter keeps it as it is.
        if hint == nil {
            if let nudge = FeedbackCheck.hint(worked: worked.text, app.strings) {
                hint = nudge
                focus = .worked
                return []
            }
            if let nudge = FeedbackCheck.hint(tryNext: tryNext.text, app.strings) {
                hint = nudge
                return []
            }
        }
        app.close()
        let effects = app.commit(.saveRehearsal(finished(now: now)), to: student, label: nil)
        let number = app.portfolios[student]?.rehearsals.filter(\.isFinished).count ?? 1
        app.setStatus(app.tr("Rehearsal \(number) kept. Well done for practising!"), .info)
        return effects
    }

    func finished(now: Date) -> Rehearsal {
        var done = rehearsal
        done.criteria = Dictionary(uniqueKeysWithValues: criteria.map { ($0.id, seen.contains($0.id)) })
        done.workedWell = worked.text.trimmingCharacters(in: .whitespaces)
        done.tryNext = tryNext.text.trimmingCharacters(in: .whitespaces)
        done.finishedAt = now
        return done
    }

    var cancelHelp: String { "back to the steps" }

    /// Esc goes back to the steps, at the last one (asking first when something was ticked or typed).
    mutating func cancel(_ app: inout AppState, now: Date) -> [Effect] {
        guard !hasChanges else {
            app.overlay = .confirm(.discardForm)
            return []
        }
        guard let p = app.portfolios[student], let classroom = app.classroom else { return [] }
        app.replace(with: RehearsalScreen(student: student, rehearsal: rehearsal, steps: ConferenceScript.steps(for: p, in: classroom),
                                          stepStartedAt: now, resumedAt: now))
        return []
    }

    mutating func saveBeforeQuit(_ app: inout AppState, now: Date) -> [Effect] {
        hasChanges ? app.commit(.saveRehearsal(finished(now: now)), to: student, label: nil) : []
    }
}

extension RehearsalCheckForm {
    func render(_ state: AppState, _ body: Rect, _ canvas: inout Canvas) {
        let f = self
        let rect = body.inset(dx: 1, dy: 0)
        Widgets.box(&canvas, rect, title: state.tr("How did it go?"))
        let inner = rect.inset(dx: 2, dy: 1)
        let space = key(.chooseNext, state)
        let name = f.rehearsal.partnerName
        let ask: String
        switch f.rehearsal.partner {
        case .alone: ask = state.tr("What did you see? \(space) ticks each one seen.")
        case .teacher: ask = state.tr("What did your teacher see? \(space) ticks each one seen.")
        case .peer where !name.isEmpty, .smallGroup where !name.isEmpty: ask = state.tr("What did \(name) see? \(space) ticks each one seen.")
        default: ask = state.tr("What did the listeners see? \(space) ticks each one seen.")
        }
        canvas.text(ask, x: inner.x,
                    y: inner.y, slot: .text, limit: inner.width, ellipsis: true)
        var y = inner.y + 1
        let room = max(0, inner.height - 7)
        let top = ListScroll.offset(selected: f.criterionIndex ?? 0, current: 0, visible: room, count: f.criteria.count)
        for (offset, criterion) in f.criteria.dropFirst(top).prefix(room).enumerated() {
            let index = top + offset
            let focused = f.focus == .criterion(index)
            let row = Rect(x: inner.x, y: y, width: inner.width, height: 1)
            if focused { canvas.fill(row, .selection) }
            let seen = f.seen.contains(criterion.id)
            canvas.text((seen ? "[✓] " : "[ ] ") + criterion.text, in: row, slot: focused ? .selection : (seen ? .success : .text))
            y += 1
        }
        y = inner.maxY - 5
        canvas.text(state.tr("One thing that worked"), x: inner.x, y: y, slot: f.focus == .worked ? .accent : .text)
        Widgets.field(&canvas, Rect(x: inner.x, y: y + 1, width: inner.width, height: 1), f.worked, focused: f.focus == .worked,
                      placeholder: state.tr("e.g. You held up your graph so we could see it"))
        canvas.text(state.tr("One thing to try next time"), x: inner.x, y: y + 2, slot: f.focus == .tryNext ? .accent : .text)
        Widgets.field(&canvas, Rect(x: inner.x, y: y + 3, width: inner.width, height: 1), f.tryNext, focused: f.focus == .tryNext,
                      placeholder: state.tr("e.g. Look at your family when you read"))
        if let hint = f.hint {
            canvas.text("⚠ " + hint + " " + state.tr("(Enter again keeps it.)"), x: inner.x, y: y + 4, slot: .warning, limit: inner.width, ellipsis: true)
        }
    }
}
