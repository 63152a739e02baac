import Foundation
import Testing
@testable import LearnerLedCore
import TerminalKit
@testable import LearnerLedUI

/// José's screens, as he sees them signed in: Spanish from the header to the help bar. What people typed (titles,
/// subjects, names) stays as typed; not one English word of the program's own shows.
@Suite struct SpanishStudentTests {
    struct Walk: CustomStringConvertible, Sendable {
        let name: String
        let keys: [Key]
        var description: String { name }
    }

    static let walks: [Walk] = [
        Walk(name: "portfolio", keys: []),
        Walk(name: "portfolio-help", keys: [.character("?")]),
        Walk(name: "portfolio-by-date", keys: [.tab]),
        Walk(name: "artifact-form", keys: [.character("a")]),
        Walk(name: "artifact-form-missing-title", keys: [.character("a"), .enter]),
        Walk(name: "decorate", keys: [.character("c")]),
        Walk(name: "sticky-note", keys: [.down, .down, .down, .down, .space]),
        Walk(name: "wall", keys: [.character("p")]),
        Walk(name: "reflection", keys: [.character("p"), .enter]),
        Walk(name: "rehearsal-setup", keys: [.character("p"), .character("r")]),
        Walk(name: "rehearsal-first-step", keys: [.character("p"), .character("r"), .enter]),
        Walk(name: "rehearsal-artifact", keys: [.character("p"), .character("r"), .enter, .right, .right]),
        Walk(name: "rehearsal-check", keys: [.character("p"), .character("r"), .enter] + Array(repeating: .right, count: 22)),
        Walk(name: "rehearsal-kept", keys: [.character("p"), .character("r"), .enter] + Array(repeating: .right, count: 22)
             + [.tab, .tab, .tab, .tab, .tab, .tab, .tab, .enter, .enter]),
        Walk(name: "conference-setup", keys: [.character("p"), .character("C")]),
        Walk(name: "conference", keys: [.character("p"), .character("C"), .enter, .right]),
        Walk(name: "conference-close", keys: [.character("p"), .character("C"), .enter] + Array(repeating: .right, count: 22)),
        Walk(name: "journal", keys: [.character("J")]),
        Walk(name: "journal-entry", keys: [.character("w")]),
        Walk(name: "trash", keys: [.character("t")]),
        Walk(name: "leave", keys: [.character("q")]),
    ]

    static func jose(_ walk: Walk) -> AppState {
        var s = Fixture.state(.student("jose-garcia"))
        s.status = nil
        for key in walk.keys { press(&s, key) }
        return s
    }

    @Test(arguments: walks)
    func eachScreenInSpanish(_ walk: Walk) throws {
        let s = Self.jose(walk)
        assertSnapshot(s, "es-\(walk.name)-80x24")
        let english = Self.englishOnly(on: render(s).text, data: try Self.dataWords(s))
        #expect(english.isEmpty, "English on José's \(walk.name): \(english.sorted())")
    }

    @Test func noPhraseIsMissingFromTheSpanishTable() {
        Strings.missing.withLock { $0.removeAll() }
        for walk in Self.walks { _ = render(Self.jose(walk)) }
        let missing = Strings.missing.withLock { $0 }.filter { $0.hasPrefix("es:") }
        #expect(missing.isEmpty, "\(missing.sorted())")
    }

    @Test func theChecklistIsInSpanishToo() throws {
        let s = Self.jose(Self.walks.first { $0.name == "rehearsal-check" }!)
        let form = try #require(s.screen.feature as? RehearsalCheckForm)
        #expect(form.criteria.first?.text == "Da la bienvenida y agradece a la familia")
        #expect(form.criteria.map(\.id) == s.classroom!.successCriteria.map(\.id), "the same criteria, by id, in every language")
    }

    // MARK: - English words

    /// Runs of letters, two or more long, lower-cased ("Sticky" and "sticky" are one word).
    static func wordsOf(_ text: String) -> Set<String> {
        Set(text.lowercased().split { !($0.isLetter || $0 == "'") }.filter { $0.count >= 2 }.map(String.init))
    }

    /// Words of the program's English that its Spanish never uses.
    static let englishWords: Set<String> = {
        func values(_ code: String) -> String {
            BuiltInLanguages.table(code)!.values.joined(separator: " ")
        }
        return wordsOf(values("en")).subtracting(wordsOf(values("es")))
    }()

    /// Every word people typed into the class and this child's portfolio: those stay as typed.
    static func dataWords(_ s: AppState) throws -> Set<String> {
        let encoder = JSONEncoder()
        let classroom = try String(decoding: encoder.encode(s.classroom!), as: UTF8.self)
        let portfolio = try String(decoding: encoder.encode(s.portfolios["jose-garcia"]!), as: UTF8.self)
        return wordsOf(classroom + " " + portfolio)
    }

    static func englishOnly(on screen: String, data: Set<String>) -> Set<String> {
        wordsOf(screen).subtracting(data).intersection(englishWords)
    }
}
