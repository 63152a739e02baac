import Foundation
import LearnerLedCore
import TerminalKit

/// The class's boundaries, as the teacher edits them.
struct BoundariesForm: FormScreen {
    enum Field: Equatable, Sendable {
        case maxPerSubject, minTotal, maxTotal, strengthAndChallenge, required(Int), agreedOn
    }

    var original: Boundaries
    var focus: Field = .maxPerSubject
    var maxPerSubject: TextEditor
    var minTotal: TextEditor
    var maxTotal: TextEditor
    var strengthAndChallenge: Bool
    var required: Set<SubjectID>
    var agreedOn: TextEditor
    var error: String?
    private let initialText: [String]
    let allFields: [Field]

    init(_ b: Boundaries, subjects: [Subject]) {
        original = b
        maxPerSubject = TextEditor(b.maxPerSubject.map(String.init) ?? "", maxLength: 3)
        minTotal = TextEditor(b.minTotal.map(String.init) ?? "", maxLength: 3)
        maxTotal = TextEditor(b.maxTotal.map(String.init) ?? "", maxLength: 3)
        strengthAndChallenge = b.requireStrengthAndChallenge
        required = Set(b.requiredSubjects)
        agreedOn = TextEditor(b.agreedOn?.description ?? "", maxLength: 10)
        initialText = [maxPerSubject.text, minTotal.text, maxTotal.text, agreedOn.text]
        allFields = [.maxPerSubject, .minTotal, .maxTotal, .strengthAndChallenge]
            + subjects.indices.map { .required($0) } + [.agreedOn]
    }

    func fields(_ app: AppState) -> [Field] { allFields }

    func kind(of field: Field) -> FieldKind {
        switch field {
        case .maxPerSubject, .minTotal, .maxTotal, .agreedOn: return .short
        case .strengthAndChallenge, .required: return .tick("tick / untick")
        }
    }

    var submitHelp: String { "keep the rules" }

    mutating func edit(_ field: Field, _ key: Key) {
        switch field {
        case .maxPerSubject: maxPerSubject.handle(key)
        case .minTotal: minTotal.handle(key)
        case .maxTotal: maxTotal.handle(key)
        case .agreedOn: agreedOn.handle(key)
        case .strengthAndChallenge, .required: break
        }
    }

    mutating func change(_ field: Field, by step: Int, _ app: AppState) {
        switch field {
        case .strengthAndChallenge: strengthAndChallenge.toggle()
        case .required(let i):
            guard let subject = app.classroom?.subjects[i].id else { return }
            if required.contains(subject) { required.remove(subject) } else { required.insert(subject) }
        default: break
        }
    }

    var hasChanges: Bool {
        let typed = [maxPerSubject.text, minTotal.text, maxTotal.text, agreedOn.text]
        return typed != initialText || strengthAndChallenge != original.requireStrengthAndChallenge
            || required != Set(original.requiredSubjects)
    }

    mutating func submit(_ app: inout AppState, now: Date) -> [Effect] {
        guard let classroom = app.classroom else { return [] }
        switch boundaries(subjects: classroom.subjects, app.strings) {
        case .failure(let problem):
            error = app.tr(problem.message)
            focus = problem.field
            return []
        case .success(let boundaries):
            app.close()
            guard boundaries != original else { return [] }
            return app.commitClassroom(.setBoundaries(boundaries, base: original))
        }
    }

    /// The rules as typed, or what to fix.
    func boundaries(subjects: [Subject], _ tr: Strings = .english) -> Result<Boundaries, FormError<Field>> {
        func number(_ e: TextEditor, _ field: Field, _ what: String) throws(FormError<Field>) -> Int? {
            let text = e.text.trimmingCharacters(in: .whitespaces)
            if text.isEmpty { return nil }
            guard let n = Int(text), n >= 0 else {
                throw FormError(field: field, message: "\(what) must be a number (or empty for no limit).")
            }
            return n
        }
        do throws(FormError<Field>) {
            let maxPer = try number(maxPerSubject, .maxPerSubject, "“" + tr("At most, from one subject") + "”")
            let minT = try number(minTotal, .minTotal, "“" + tr("At least, in all") + "”")
            let maxT = try number(maxTotal, .maxTotal, "“" + tr("At most, in all") + "”")
            if let minT, let maxT, minT > maxT {
                return .failure(FormError(field: .minTotal, message: "“At least” is more than “at most”."))
            }
            let dayText = agreedOn.text.trimmingCharacters(in: .whitespaces)
            let day = Day(dayText)
            if !dayText.isEmpty, day == nil {
                return .failure(FormError(field: .agreedOn, message: "Write the date like 2026-10-06."))
            }
            return .success(Boundaries(maxPerSubject: maxPer, minTotal: minT, maxTotal: maxT,
                                       requireStrengthAndChallenge: strengthAndChallenge,
                                       requiredSubjects: subjects.map(\.id).filter { required.contains($0) }, agreedOn: day))
        } catch {
            return .failure(error)
        }
    }
}

extension BoundariesForm {
    func render(_ state: AppState, _ body: Rect, _ canvas: inout Canvas) {
        let f = self
        let subjects = state.classroom?.subjects ?? []
        let rect = body.inset(dx: 1, dy: 0)
        Widgets.box(&canvas, rect, title: state.tr("Class rules for choosing what to share"))
        let inner = rect.inset(dx: 2, dy: 1)
        let labelWidth = FormWidgets.labelWidth([state.tr("At most, from one subject"), state.tr("At least, in all"), state.tr("At most, in all"),
                                                 state.tr("Agreed with the class on"), state.tr("Show a strength and a challenge")], minimum: 34, maximum: 40)
        var y = inner.y
        for field in f.allFields where y < inner.maxY - 1 {
            let focused = field == f.focus
            let valueRect = Rect(x: inner.x + labelWidth, y: y, width: min(12, inner.width - labelWidth), height: 1)
            switch field {
            case .maxPerSubject, .minTotal, .maxTotal, .agreedOn:
                let (label, editor, hint): (String, TextEditor, String) = switch field {
                case .maxPerSubject: (state.tr("At most, from one subject"), f.maxPerSubject, state.tr("no limit"))
                case .minTotal: (state.tr("At least, in all"), f.minTotal, state.tr("no limit"))
                case .maxTotal: (state.tr("At most, in all"), f.maxTotal, state.tr("no limit"))
                default: (state.tr("Agreed with the class on"), f.agreedOn, state.tr("YYYY-MM-DD"))
                }
                if field == .agreedOn { y += 1 }
                canvas.text(label, x: inner.x, y: y, slot: focused ? .accent : .text, limit: labelWidth - 1)
                Widgets.field(&canvas, Rect(x: valueRect.x, y: y, width: valueRect.width, height: 1), editor, focused: focused,
                              placeholder: hint)
            case .strengthAndChallenge:
                canvas.text(state.tr("Show a strength and a challenge"), x: inner.x, y: y, slot: focused ? .accent : .text, limit: labelWidth - 1)
                FormWidgets.choice(&canvas, valueRect, f.strengthAndChallenge ? "✓ " + state.tr("yes") : state.tr("no"), focused: focused)
            case .required(let n):
                if n == 0 {
                    canvas.text(state.tr("Must include one from:"), x: inner.x, y: y, slot: .text)
                    y += 1
                }
                let subject = subjects[n]
                let on = f.required.contains(subject.id)
                canvas.text("  \(on ? "[✓]" : "[ ]") \(subject.symbol) \(subject.name)", x: inner.x, y: y,
                            slot: focused ? .selection : (on ? .accent : .text), limit: labelWidth + 10)
            }
            y += 1
        }
        let message = f.error.map { "⚠ " + $0 } ?? state.tr("Tab moves · Space ticks · Enter keeps the rules · Esc changes nothing")
        canvas.text(message, x: inner.x, y: inner.maxY - 1, slot: f.error == nil ? .muted : .warning, limit: inner.width, ellipsis: true)
    }
}
