import Foundation
import Testing
import LearnerLedCore
import TerminalKit
@testable import LearnerLedUI

@Suite struct SignInTests {
    func signIn(_ door: AppState.Door = .signIn, pictures: Bool = false) -> AppState {
        ScreenCatalog.signIn(80, 24, pictures: pictures, door: door)
    }

    /// What the run loop does with a load: the demo's portfolio for whoever signed in.
    func load(_ s: inout AppState, _ effects: [Effect]) {
        let demo = DemoClassroom.make()
        for case .loadPortfolios(let ids) in effects {
            send(&s, .portfoliosLoaded(demo.portfolios.filter { ids.contains($0.studentID) }, unreadable: [:]))
        }
    }

    @Test func aChildFindsTheirNameByItsFirstLettersAccentsOptional() throws {
        var s = signIn()
        #expect(s.mode == .nobody && s.visibleStudentIDs.isEmpty, "nobody's data before a name is chosen")
        type(&s, "zo")
        #expect(try top(s, SignInScreen.self).shown(s).map(\.id) == ["zoe-muller"])
        press(&s, .escape)
        type(&s, "van")
        #expect(try top(s, SignInScreen.self).shown(s).map(\.id) == ["nguyen-van-an"], "any word of the name")
        let effects = press(&s, .enter)
        #expect(s.mode == .student("nguyen-van-an"))
        #expect(effects.contains(.loadPortfolios(ids: ["nguyen-van-an"])))
        #expect(try top(s, PortfolioScreen.self).isHome)
    }

    @Test func thirtyNamesFitAt80x24() throws {
        var s = signIn()
        var classroom = s.classroom!
        classroom.roster = (1...30).map { RosterEntry(id: "child-\($0)", displayName: "Child Number \($0)") }
        send(&s, .classroomChanged(classroom))
        let text = render(s).text
        for n in 1...30 { #expect(text.contains("Child Number \(n) ") || text.contains("Child Number \(n)│"), "\(n) is on screen") }
    }

    @Test func picturesInOrderSignIn() throws {
        var s = signIn(pictures: true)
        press(&s, .enter)   // José García
        _ = try top(s, PicturesScreen.self)
        #expect(s.mode == .nobody)
        press(&s, .character("2"))
        let wrong = press(&s, .character("1"))   // star then turtle: the wrong order
        #expect(wrong == [.save(.access(.missed("jose-garcia", at: Fixture.now)))])
        // José chose his name: the pictures speak his language.
        #expect(try top(s, PicturesScreen.self).message == "Esos no son tus dibujos. ¡Inténtalo otra vez, despacio!")
        #expect(s.mode == .nobody)
        let right = press(&s, .character("1"), .character("2"))
        #expect(s.mode == .student("jose-garcia"))
        #expect(right.contains(.loadPortfolios(ids: ["jose-garcia"])))
        #expect(right.contains(.save(.access(.clearLockout("jose-garcia")))), "a good sign-in starts the count again")
    }

    @Test func fiveMissesPauseThatChildForThirtySecondsOnEveryTerminal() throws {
        var s = signIn(pictures: true)
        press(&s, .enter)
        for _ in 0..<5 { press(&s, .character("9"), .character("9")) }
        let lockout = try #require(s.access?.lockouts["jose-garcia"])
        #expect(lockout.misses == 5 && lockout.until == Fixture.now.addingTimeInterval(30))
        let paused = render(s).text
        #expect(paused.contains("Vamos a descansar un poquito: inténtalo otra vez en 30") && paused.contains("│ segundos."),
                "wrapped, never cut")
        #expect(press(&s, .character("1"), .character("2")) == [], "no tries during the pause, not even the right ones")
        #expect(s.mode == .nobody)
        // Another terminal sees the same pause: it comes from access.json.
        var other = signIn(pictures: true)
        send(&other, .accessLoaded(s.access))
        press(&other, .enter)
        #expect(render(other).text.contains("descansar un poquito"))
        // After the pause the right pictures work.
        _ = reduce(&s, .tick(Fixture.now.addingTimeInterval(31)), now: Fixture.now.addingTimeInterval(31))
        for key in [Key.character("1"), .character("2")] {
            _ = Keys.action(for: key, in: s).map { reduce(&s, $0, now: Fixture.now.addingTimeInterval(32)) }
        }
        #expect(s.mode == .student("jose-garcia"))
    }

    @Test func theTeacherSeesAPauseAndResetsIt() throws {
        var s = Fixture.state()
        send(&s, .accessLoaded(Access(settings: SignInSettings(picturePasswords: true), lockouts: ["zoe-muller": Lockout(misses: 5,
                                      until: Fixture.now.addingTimeInterval(20))])))
        s = ScreenCatalog.keys(s, .character("S"))
        let index = SettingsScreen.items(s.classroom!).firstIndex { $0.0 == .signIn }!
        s = ScreenCatalog.keys(s, Array(repeating: .down, count: index) + [.enter])
        #expect(render(s).text.contains("paused 20 s"))
        press(&s, .down, .down, .down)   // the settings, then José, then Zoë
        #expect(press(&s, .character("r")) == [.save(.access(.clearLockout("zoe-muller")))])
        #expect(s.access?.lockouts["zoe-muller"] == nil)
    }

    @Test func theTeachersSideNeedsThePassphrase() throws {
        var s = signIn()
        press(&s, .function(2))
        type(&s, "guess")
        #expect(press(&s, .enter) == [.checkPassphrase("guess")])
        #expect(!render(s).text.contains("guess"), "never shown")
        send(&s, .passphraseChecked(false))
        #expect(try top(s, PassphraseScreen.self).error == "That is not the teacher's passphrase.")
        #expect(s.mode == .nobody)
        type(&s, DemoClassroom.passphrase)
        #expect(press(&s, .enter) == [.checkPassphrase(DemoClassroom.passphrase)])
        let effects = send(&s, .passphraseChecked(true))
        #expect(s.mode == .teacher)
        #expect(effects == [.loadPortfolios(ids: s.classroom!.roster.map(\.id))])
        _ = try top(s, ClassListScreen.self)
        press(&s, .escape)
        #expect(s.mode == .nobody && s.portfolios.isEmpty, "Esc locks it again")
    }

    @Test func aClassWithoutAPassphraseKeepsTheTeachersSideLockedAndSaysHow() throws {
        var s = signIn()
        send(&s, .accessLoaded(Access()))
        press(&s, .function(2))
        type(&s, "anything")
        #expect(press(&s, .enter) == [])
        #expect(try top(s, PassphraseScreen.self).error?.contains("learnerled teacher passphrase") == true)
    }

    @Test func doneGoesBackToSignInWithNothingOfTheirsLeft() throws {
        var s = signIn()
        type(&s, "jos")
        load(&s, press(&s, .enter))
        #expect(render(s).text.contains("Los trabajos de José"))
        press(&s, .character("w"))
        type(&s, "half a thought")
        let effects = press(&s, .control("c"))   // in a classroom session Ctrl-C is "I'm done", saved first
        #expect(effects.contains { if case .save(.portfolio("jose-garcia", .addJournalEntry)) = $0 { return true } else { return false } })
        #expect(!effects.contains(.quit))
        #expect(s.mode == .nobody && s.portfolios.isEmpty && s.summaries.isEmpty && s.undo.isEmpty)
        _ = try top(s, SignInScreen.self)
        #expect(!render(s).text.contains("Los trabajos"))
    }

    @Test func theKioskNeverEndsOnAChildsKey() throws {
        var s = signIn(.kiosk)
        #expect(press(&s, .character("q")) == [] && !s.quitting)
        #expect(press(&s, .control("c")) == [] && !s.quitting)
        #expect(try top(s, SignInScreen.self).typed.text == "q", "q is a letter of a name here")
        var plain = signIn(.signIn)
        #expect(press(&plain, .character("q")) == [.quit], "outside the kiosk q on sign-in quits")
        // The teacher, once unlocked, can end it.
        Fixture.unlock(&s)
        #expect(press(&s, .character("q")) == [.quit])
    }

    @Test func idleChildrenGoBackToSignInButNeverMidRehearsal() throws {
        var s = signIn()
        type(&s, "nguy")
        load(&s, press(&s, .enter))
        let later = Fixture.now.addingTimeInterval(9 * 60)
        _ = reduce(&s, .tick(later), now: later)
        #expect(s.mode == .student("nguyen-van-an"), "nine minutes is not ten")
        press(&s, .character("p"), .character("r"), .enter)
        _ = try top(s, RehearsalScreen.self)
        let much = Fixture.now.addingTimeInterval(60 * 60)
        _ = reduce(&s, .tick(much), now: much)
        #expect(s.mode == .student("nguyen-van-an"), "never in the middle of a rehearsal")
        press(&s, .escape)
        let after = Fixture.now.addingTimeInterval(2 * 60 * 60)
        _ = reduce(&s, .tick(after), now: after)
        #expect(s.mode == .nobody && s.portfolios.isEmpty)
        // Said at sign-in, so in the class's languages: English, then Spanish (José's, Sofía's).
        #expect(s.status?.text == "Back to sign-in after a quiet while. Everything was saved. · "
                + "De vuelta al inicio de sesión después de un rato sin actividad. Todo quedó guardado.")
    }
}
