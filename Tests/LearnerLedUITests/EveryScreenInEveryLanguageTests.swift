import Foundation
import Testing
@testable import LearnerLedCore
import TerminalKit
@testable import LearnerLedUI

/// Every screen of the catalog, drawn in every language the program speaks (the class's language set to it):
/// every phrase it shows has a line, and in Spanish no English word of the program's own is left.
@Suite struct EveryScreenInEveryLanguageTests {
    static func inLanguage(_ entry: ScreenCatalog.Entry, _ code: String) -> AppState {
        var s = entry.reach(80, 24)
        s.classroom?.language = code
        // As when the teacher changes the language in Settings: every screen looks again.
        s.everyoneChanged = true
        s.refreshChanged()
        return s
    }

    @Test func everyPhraseOnEveryScreenHasALineInEveryLanguage() {
        Strings.missing.withLock { $0.removeAll() }
        for code in Strings.languages {
            for entry in ScreenCatalog.entries {
                var s = Self.inLanguage(entry, code)
                _ = render(s)
                s.overlay = .help(offset: 0)
                _ = render(s)
            }
        }
        let missing = Strings.missing.withLock { $0 }
        #expect(missing.isEmpty, "\(missing.sorted())")
    }

    /// Before there is a class there is no class language: the welcome and the new-class form are English. Sign-in
    /// speaks every language of the class by design (nobody has chosen their name yet), so it and the teacher's
    /// passphrase dialog over it are not checked here.
    static let withAClass = ScreenCatalog.entries.filter { $0.reach(80, 24).classroom != nil && !["sign-in", "passphrase"].contains($0.name) }

    @Test(arguments: withAClass)
    func noEnglishOnATeachersSpanishScreen(_ entry: ScreenCatalog.Entry) throws {
        let s = Self.inLanguage(entry, "es")
        let encoder = JSONEncoder()
        var data = try String(decoding: encoder.encode(s.classroom!), as: UTF8.self)
        for p in s.portfolios.values { data += try String(decoding: encoder.encode(p), as: UTF8.self) }
        for n in s.teacherNotes.values { data += try String(decoding: encoder.encode(n), as: UTF8.self) }
        // What the roster file said, and a file's path (students/…), shown as they are written.
        if s.screen.feature is RosterPreviewScreen || s.screen.feature is ProblemScreen { data += "\(s.screen.feature)" }
        let english = SpanishStudentTests.englishOnly(on: render(s).text, data: SpanishStudentTests.wordsOf(data))
        #expect(english.isEmpty, "English on the Spanish \(entry.name): \(english.sorted())")
    }
}
