import Foundation
import LearnerLedCore
import TerminalKit

/// The teacher's class settings: a menu of what can be changed.
struct SettingsScreen: ScreenFeature {
    enum Item: Equatable, Sendable {
        case language, subjects, rules, criteria, questions, starters(String), newLanguage, conference, signIn
    }

    var selected = 0

    static func items(_ c: Classroom, _ tr: Strings = .english) -> [(Item, String)] {
        [(.subjects, tr("Subjects (\(c.subjects.count))")), (.rules, tr("Class rules for choosing")),
         (.criteria, tr("Success criteria (\(c.successCriteria.count))")),
         (.questions, tr("Probing questions (\(c.probingQuestions.count))"))]
            + c.starterSets.map { (.starters($0.language), tr("Sentence starters — \($0.languageName)")) }
            + [(.newLanguage, tr("Add a language (a copy of English to translate)")),
               (.conference, tr("Conference format, slot length and schedule")),
               (.signIn, tr("Signing in: picture passwords, idle time, wrong tries")),
               (.language, tr("Language of the teacher's screens: \(languageName(tr.language))"))]
    }

    /// "Español", a language in its own words.
    static func languageName(_ code: String) -> String {
        Locale(identifier: code).localizedString(forLanguageCode: code).map { $0.prefix(1).uppercased() + $0.dropFirst() } ?? code
    }

    func keys(_ app: AppState) -> KeyTable {
        [KeyBinding([.enter], "open", .open), KeyBinding([.escape], "back", .back)] + Keys.moving
    }

    mutating func reduce(_ action: Action, _ app: inout AppState, now: Date) -> [Effect]? {
        guard let classroom = app.classroom else { return nil }
        let items = Self.items(classroom, app.strings)
        var cursor = ListCursor(selected: selected, top: 0)
        if cursor.move(action, count: items.count, visible: items.count) {
            selected = cursor.selected
            return []
        }
        switch action {
        case .back: app.close()
        case .open:
            switch items[selected].0 {
            case .language:
                // Enter goes on to the next language the program speaks.
                let all = Strings.languages
                let next = all[((all.firstIndex(of: app.strings.language) ?? 0) + 1) % all.count]
                return app.commitClassroom(.setLanguage(next))
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
        Widgets.box(&canvas, rect, title: state.tr("Class settings — \(classroom.name)"))
        let inner = rect.inset(dx: 2, dy: 1)
        for (i, (_, label)) in Self.items(classroom, state.strings).enumerated() where inner.y + i * 2 < inner.maxY {
            let row = Rect(x: inner.x, y: inner.y + i * 2, width: inner.width, height: 1)
            if i == s.selected { canvas.fill(row, .selection) }
            canvas.text((i == s.selected ? "▶ " : "  ") + label, in: row, slot: i == s.selected ? .selection : .text)
        }
    }
}
