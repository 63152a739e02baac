import Foundation
import LearnerLedCore
import TerminalKit

/// A new language: its code and name, then a copy of English to translate.
struct NewLanguageForm: FormScreen {
    enum Field: CaseIterable, Equatable, Sendable { case code, name }

    var focus: Field = .code
    var code = TextEditor("", maxLength: 8)
    var name = TextEditor("", maxLength: 30)
    var error: String?

    func fields(_ app: AppState) -> [Field] { Field.allCases }
    func kind(of field: Field) -> FieldKind { .text }
    var submitHelp: String { focus == .code ? "next" : "add it" }
    var hasChanges: Bool { !code.text.isEmpty || !name.text.isEmpty }

    mutating func edit(_ field: Field, _ key: Key) {
        if field == .code { code.handle(key) } else { name.handle(key) }
    }

    mutating func submit(_ app: inout AppState, now: Date) -> [Effect] {
        guard let classroom = app.classroom else { return [] }
        if focus == .code, name.text.isEmpty {
            focus = .name
            return []
        }
        let code = self.code.text.trimmingCharacters(in: .whitespaces).lowercased()
        let name = self.name.text.trimmingCharacters(in: .whitespaces)
        if code.isEmpty || !code.allSatisfy({ $0.isLetter || $0 == "-" }) {
            error = app.tr("Write the language's short code, like vi or zh.")
            focus = .code
        } else if classroom.starterSets.contains(where: { $0.language == code }) {
            error = app.tr("The class already has \(code).")
            focus = .code
        } else if name.isEmpty {
            error = app.tr("Write the language's name, like Tiếng Việt.")
            focus = .name
        } else {
            var set = classroom.starters(for: "en")
            set.language = code
            set.languageName = name
            app.replace(with: ListEditorScreen(kind: .starters(code)))
            app.setStatus(app.tr("\(name) starts as a copy of English: change each line into \(name)."), .info)
            return app.commitClassroom(.setStarterSet(set, base: nil))
        }
        return []
    }
}

extension NewLanguageForm {
    func render(_ state: AppState, _ body: Rect, _ canvas: inout Canvas) {
        let f = self
        let rect = body.centered(width: min(body.width - 4, 64), height: 10)
        Widgets.box(&canvas, rect, title: state.tr("Add a language"), border: .accent)
        let inner = rect.inset(dx: 2, dy: 1)
        let labelWidth = FormWidgets.labelWidth([state.tr("Short code"), state.tr("Name")], minimum: 14)
        canvas.text(state.tr("Short code"), x: inner.x, y: inner.y, slot: f.focus == .code ? .accent : .text)
        Widgets.field(&canvas, Rect(x: inner.x + labelWidth, y: inner.y, width: 10, height: 1), f.code, focused: f.focus == .code,
                      placeholder: state.tr("e.g. vi"))
        canvas.text(state.tr("Name"), x: inner.x, y: inner.y + 2, slot: f.focus == .name ? .accent : .text)
        Widgets.field(&canvas, Rect(x: inner.x + labelWidth, y: inner.y + 2, width: inner.width - labelWidth, height: 1), f.name, focused: f.focus == .name,
                      placeholder: state.tr("e.g. Tiếng Việt"))
        let text = f.error.map { "⚠ " + $0 } ?? state.tr("The new set starts as a copy of the English starters, for you to translate.")
        Widgets.paragraph(&canvas, Rect(x: inner.x, y: inner.y + 4, width: inner.width, height: 3), text, slot: f.error == nil ? .muted : .warning)
    }
}
