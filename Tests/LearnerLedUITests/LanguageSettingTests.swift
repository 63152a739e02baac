import Foundation
import Testing
import LearnerLedCore
import TerminalKit
@testable import LearnerLedUI

/// The teacher's language is a class setting; a child keeps any language, spoken by the program or not yet.
@Suite struct LanguageSettingTests {
    @Test func theTeachersScreensFollowTheClassLanguage() throws {
        var s = Fixture.state()
        press(&s, .character("S"))
        let items = SettingsScreen.items(s.classroom!)
        let index = try #require(items.firstIndex { $0.0 == .language })
        for _ in 0..<index { press(&s, .down) }
        let effects = press(&s, .enter)
        #expect(effects == [.save(.classroom(.setLanguage("es")))])
        #expect(s.classroom?.language == "es")
        let screen = render(s).text
        #expect(screen.contains("Ajustes de la clase — Room 12") && screen.contains("Idioma de las pantallas del maestro: Español"))
        #expect(screen.contains("? ayuda") && screen.contains("Esc volver"))
        press(&s, .enter)
        #expect(s.classroom?.language == "en", "Enter goes round the languages the program speaks")
    }

    @Test func aChildKeepsALanguageTheClassHasNoStartersFor() throws {
        var s = Fixture.state()
        press(&s, .character("a"))
        type(&s, "Nguyễn Thị Lan")
        press(&s, .tab, .control("u"))
        type(&s, "Tiếng Việt")
        #expect(render(s).text.contains("Tiếng Việt   → Vietnamese · no starters yet"))
        press(&s, .enter)
        let lan = try #require(s.classroom?.roster.first { $0.displayName == "Nguyễn Thị Lan" })
        #expect(lan.preferredLanguage == "vi")
        #expect(s.status?.text.contains("There are no vi starters yet: Nguyễn Thị Lan uses the English ones meanwhile.") == true)
        // Signed in, she sees the class's language and its starters until either exists in hers.
        var lanSession = AppState(mode: .student(lan.id), dataFolder: "/data", classroom: s.classroom, today: Day("2026-11-29")!)
        _ = reduce(&lanSession, .portfoliosLoaded([Portfolio(studentID: lan.id)], unreadable: [:]), now: Fixture.now)
        #expect(lanSession.strings.language == "en")
        #expect(render(lanSession).text.contains("This portfolio is yours to make!"))
        #expect(lanSession.starters(for: lan.id).language == "en")
    }

    @Test func aLanguageThatIsNoLanguageIsSaidAndNothingIsLost() throws {
        var s = Fixture.state()
        press(&s, .character("a"))
        type(&s, "Amara")
        press(&s, .tab, .control("u"))
        type(&s, "Klingonish")
        #expect(press(&s, .enter) == [])
        let form = try top(s, StudentForm.self)
        #expect(form.error == "Write a language as its code (es, vi) or its name (Spanish, Tiếng Việt).")
        #expect(form.focus == .language && form.name.text == "Amara" && form.language.text == "Klingonish")
    }

    @Test func josesPicturesAskInHisLanguage() throws {
        var s = ScreenCatalog.signIn(80, 24, pictures: true)
        type(&s, "jos")
        press(&s, .enter)
        let screen = render(s).text
        #expect(screen.contains("¡Hola, José García!") && screen.contains("Elige tus dos dibujos, en orden."))
    }
}

@Suite struct PerLanguageCriteriaTests {
    @Test func aLanguagesCriteriaAndQuestionsAreWordedInItsStarterLines() throws {
        var s = Fixture.state()
        press(&s, .character("S"))
        let index = try #require(SettingsScreen.items(s.classroom!).firstIndex { $0.0 == .starters("es") })
        for _ in 0..<index { press(&s, .down) }
        press(&s, .enter)
        let editor = try top(s, ListEditorScreen.self)
        let lines = ListEditorScreen.lines(editor.kind, in: s.classroom)
        let first = try #require(lines.firstIndex(of: "Da la bienvenida y agradece a la familia"))
        #expect(lines.contains("¿Qué estrategias usaste?"))
        for _ in 0..<first { press(&s, .down) }
        press(&s, .character("e"), .control("u"))
        type(&s, "Saluda y agradece a su familia")
        press(&s, .enter)
        let spanish = try #require(s.classroom?.starterSets.first { $0.language == "es" })
        #expect(spanish.successCriteria?.first == SuccessCriterion(id: "welcome", text: "Saluda y agradece a su familia"))
        #expect(s.classroom?.successCriteria.first?.text == "Welcomes and thanks the family", "the class's own words stay")
        #expect(s.classroom?.successCriteria(for: "es").map(\.id) == s.classroom?.successCriteria.map(\.id))
    }
}
