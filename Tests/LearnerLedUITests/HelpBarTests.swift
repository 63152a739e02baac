import Foundation
import Testing
import LearnerLedCore
import TerminalKit
@testable import LearnerLedUI

/// The help bar is translated once and kept while its table stays the same: it must still follow every change of
/// screen, of typing, of dialog and of language, as if made afresh each frame.
struct HelpBarTests {
    func words(_ table: [KeyBinding<Action>]) -> [String] { table.map { "\($0.label) \($0.help)" } }

    @Test func theBarFollowsScreenTypingDialogAndLanguage() throws {
        let jose = Fixture.state(.student("jose-garcia"))   // Spanish
        let teacher = Fixture.portfolio("jose-garcia")       // English
        var states = [jose, teacher]
        for keys: [Key] in [[.character("/")], [.character("a")], [.character("a"), .character("x"), .escape], [.character("?")]] {
            var s = jose
            var t = teacher
            for key in keys { press(&s, key); press(&t, key) }
            states += [s, t]
        }
        // Each state twice, in two orders: what was kept from one must not show on another.
        for state in states + states.reversed() + states {
            let bar = Keys.table(for: state, onlyBar: true)
            let fresh = Keys.table(for: state).filter(\.inBar)
            #expect(words(bar) == words(fresh))
        }
        let spanish = words(Keys.table(for: jose, onlyBar: true)), english = words(Keys.table(for: teacher, onlyBar: true))
        #expect(spanish != english)
        let confirm = try #require(states.first { if case .confirm? = $0.overlay { true } else { false } })
        #expect(words(Keys.table(for: confirm, onlyBar: true)).count == 2)
    }
}
