import Foundation
import LearnerLedCore
import TerminalKit

/// The teacher's class settings: a menu of what can be changed.
struct SettingsScreen: ScreenFeature {
    enum Item: Equatable, Sendable {
        case subjects, rules, criteria, questions, starters(String), newLanguage, conference, signIn
    }

    var selected = 0

    static func items(_ c: Classroom) -> [(Item, String)] {
        [(.subjects, "Subjects (\(c.subjects.count))"), (.rules, "Class rules for choosing"),
         (.criteria, "Success criteria (\(c.successCriteria.count))"), (.questions, "Probing questions (\(c.probingQuestions.count))")]
            + c.starterSets.map { (.starters($0.language), "Sentence starters — \($0.languageName)") }
            + [(.newLanguage, "Add a language (a copy of English to translate)"),
               (.conference, "Conference format, slot length and schedule"),
               (.signIn, "Signing in: picture passwords, idle time, wrong tries")]
    }

    func keys(_ app: AppState) -> KeyTable {
        [KeyBinding([.enter], "open", .open), KeyBinding([.escape], "back", .back)] + Keys.moving
    }

    mutating func reduce(_ action: Action, _ app: inout AppState, now: Date) -> [Effect]? {
        guard let classroom = app.classroom else { return nil }
        let items = Self.items(classroom)
        var cursor = ListCursor(selected: selected, top: 0)
        if cursor.move(action, count: items.count, visible: items.count) {
            selected = cursor.selected
            return []
        }
        switch action {
        case .back: app.close()
        case .open:
            switch items[selected].0 {
            case .subjects: app.open(ListEditorScreen(kind: .subjects))
            case .rules: app.open(BoundariesForm(classroom.boundaries, subjects: classroom.subjects))
            case .criteria: app.open(ListEditorScreen(kind: .criteria))
            case .questions: app.open(ListEditorScreen(kind: .questions))
            case .starters(let language): app.open(ListEditorScreen(kind: .starters(language)))
            case .newLanguage: app.open(NewLanguageForm())
            case .conference: app.open(ConferenceSettingsScreen(minutes: classroom.conference.slotMinutes))
            case .signIn: app.open(SignInSettingsScreen())
            }
        default: return nil
        }
        return []
    }
}

extension SettingsScreen {
    func render(_ state: AppState, _ body: Rect, _ canvas: inout Canvas) {
        let s = self
        guard let classroom = state.classroom else { return }
        let rect = body.inset(dx: 1, dy: 0)
        Widgets.box(&canvas, rect, title: "Class settings — \(classroom.name)")
        let inner = rect.inset(dx: 2, dy: 1)
        for (i, (_, label)) in Self.items(classroom).enumerated() where inner.y + i * 2 < inner.maxY {
            let row = Rect(x: inner.x, y: inner.y + i * 2, width: inner.width, height: 1)
            if i == s.selected { canvas.fill(row, .selection) }
            canvas.text((i == s.selected ? "▶ " : "  ") + label, in: row, slot: i == s.selected ? .selection : .text)
        }
    }
}
