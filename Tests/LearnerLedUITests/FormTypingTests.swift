import Foundation
import Testing
import LearnerLedCore
import TerminalKit
@testable import LearnerLedUI

/// A child's typing is sacred: the keys a child presses, following the help bar literally, keep every letter.
@Suite struct FormTypingTests {
    /// Space, c, Tab, "my best work", Enter once saved reason strength and the words "t work".
    @Test func aStickyNoteKeepsTheReasonAndEveryWord() throws {
        var s = Fixture.portfolio("liam-o-brien")
        let artifact = try #require(try top(s, PortfolioScreen.self).selectedArtifact(s))
        press(&s, .space, .character("c"), .tab)
        type(&s, "my best work")
        press(&s, .enter)
        let note = try #require(s.portfolios["liam-o-brien"]?.artifact(artifact.id)?.stickyNote)
        #expect(note.reason == .challenge)
        #expect(note.words == "my best work")
    }

    /// w, "I learned about magnets", Enter once saved nothing and said nothing.
    @Test func anEndOfLessonEntryTypedStraightAwayIsKept() throws {
        var s = Fixture.state(.student("zoe-muller"))
        let before = s.portfolios["zoe-muller"]!.journal.count
        press(&s, .character("w"))
        type(&s, "I learned about magnets")
        let effects = press(&s, .enter)
        let entry = try #require(s.portfolios["zoe-muller"]?.journal.last)
        #expect(s.portfolios["zoe-muller"]!.journal.count == before + 1)
        #expect(entry.words == "I learned about magnets")
        #expect(effects == [.save(.portfolio("zoe-muller", .addJournalEntry(entry)))])
    }

    /// w, 3, Tab, then typing once landed on the subject chooser and the letters vanished.
    @Test func lettersTypedOnAChoiceGoOnToTheWords() throws {
        var s = Fixture.state(.student("zoe-muller"))
        press(&s, .character("w"), .character("3"), .tab)
        #expect(try top(s, JournalEntryForm.self).focus == .subject)
        type(&s, "magnets")
        let form = try top(s, JournalEntryForm.self)
        #expect(form.words.text == "magnets")
        #expect(form.focus == .words)
        #expect(form.starterIndex == 2)
    }

    /// c, Tab, Tab, " — 美玲": on the colours choice the space once chose the next colours and was lost from the title.
    @Test func aSpaceTypedOnAChoiceIsTypedToo() throws {
        var s = Fixture.state(.student("zoe-muller"))
        press(&s, .character("c"))
        let before = try top(s, DecorateForm.self)
        press(&s, .tab, .tab)
        #expect(try top(s, DecorateForm.self).focus == .theme)
        type(&s, " — 美玲")
        let form = try top(s, DecorateForm.self)
        #expect(form.title.text == before.title.text + " — 美玲")
        #expect(form.themeIndex == before.themeIndex)
        press(&s, .tab, .tab, .right)
        #expect(try top(s, DecorateForm.self).themeIndex != before.themeIndex, "→ still chooses")
    }

    /// Tab onto the subject and type: the words once went to the date, full already, and every letter was lost.
    @Test func wordsTypedOnAChoicePassAFullDateBy() throws {
        var s = Fixture.portfolio()
        press(&s, .character("a"))
        type(&s, "Dibujo de 美玲")
        press(&s, .tab)
        type(&s, "ciencia")
        let form = try top(s, ArtifactForm.self)
        #expect(form.title.text == "Dibujo de 美玲")
        #expect(form.description.text == "ciencia")
        #expect(form.focus == .description)
        #expect(form.date.text == "2026-11-29")
    }

    /// Choosing "A friend" and typing "Aarav": the r once resumed an old rehearsal and the name was lost.
    @Test func aFriendsNameIsTypedNotTakenForAKey() throws {
        var s = Fixture.portfolio("nguyen-van-an")
        press(&s, .character("p"), .character("r"), .enter, .right, .right, .right, .escape)   // leave one unfinished
        press(&s, .character("r"))
        let setup = try top(s, RehearsalSetupForm.self)
        guard case .resume? = setup.options.first else { Issue.record("no unfinished rehearsal offered"); return }
        press(&s, .right, .right)
        #expect(try top(s, RehearsalSetupForm.self).partner == .peer)
        type(&s, "Aarav")
        #expect(try top(s, RehearsalSetupForm.self).name.text == "Aarav")
        press(&s, .enter)
        let r = try top(s, RehearsalScreen.self)
        #expect(r.rehearsal.partner == .peer && r.rehearsal.partnerName == "Aarav")
        #expect(r.rehearsal.currentStep == 0, "a new rehearsal, not the old one")
    }

    @Test func enterOnAnEmptyRequiredFieldSaysWhatIsMissing() throws {
        var s = Fixture.portfolio("nguyen-van-an")
        press(&s, .character("p"), .character("r"), .right, .enter)
        let setup = try top(s, RehearsalSetupForm.self)
        #expect(setup.error == "Write your friend's name.")
        #expect(setup.focus == .name)
        var p = Fixture.portfolio()
        press(&p, .character("a"), .enter)
        #expect(try top(p, ArtifactForm.self).error == "Give it a title.")
        press(&p, .character("x"))
        #expect(try top(p, ArtifactForm.self).error == nil, "the message goes as soon as the child types")
    }

    @Test func escWithSomethingTypedAsksFirstOnEveryForm() throws {
        var s = ScreenCatalog.keys(ScreenCatalog.empty(80, 24), .character("2"))
        type(&s, "Room 7")
        press(&s, .escape)
        #expect(s.overlay == .confirm(.discardForm), "the new-classroom form asks")
        press(&s, .character("n"))
        #expect(try top(s, NewClassroomForm.self).name.text == "Room 7", "No keeps every letter")
        press(&s, .escape, .character("y"))
        _ = try top(s, WelcomeScreen.self)

        for entry in ScreenCatalog.entries {
            var form = entry.reach(80, 24)
            // The passphrase is the one field Esc simply forgets: it is not work to keep, and must not linger.
            guard form.screen.feature is any FormScreen, form.screen.feature.takesText, !(form.screen.feature is PassphraseScreen)
            else { continue }
            let name = entry.name
            for _ in 0..<8 where !(form.screen.feature.hasChanges) {
                press(&form, .character("z"))
                if !form.screen.feature.hasChanges { press(&form, .tab) }
            }
            #expect(form.screen.feature.hasChanges, "\(name): typing z counts as a change")
            press(&form, .escape)
            #expect(form.overlay == .confirm(.discardForm), "\(name): Esc asks before throwing typing away")
        }
    }

    @Test func aFormOpensWhereTheChildWillType() throws {
        #expect(try top(ScreenCatalog.entries.first { $0.name == "artifact-form" }!.reach(80, 24), ArtifactForm.self).focus == .title)
        #expect(try top(ScreenCatalog.entries.first { $0.name == "decorate" }!.reach(80, 24), DecorateForm.self).focus == .title)
        #expect(try top(ScreenCatalog.entries.first { $0.name == "slot" }!.reach(80, 24), SlotForm.self).focus == .time)
        let reflection = try top(ScreenCatalog.entries.first { $0.name == "reflection" }!.reach(80, 24), ReflectionForm.self)
        #expect(reflection.artifact.reflection[reflection.focus].isEmpty, "on the first part not written yet")
    }

    @Test func arrowsNeverResetARunningReflectionCountdown() throws {
        var s = Fixture.state()
        press(&s, .character("R"), .space)
        let running = try top(s, ClassReflectionScreen.self)
        #expect(running.startedAt == Fixture.now)
        press(&s, .left)
        press(&s, .right)
        #expect(try top(s, ClassReflectionScreen.self) == running, "← and → wait until it is paused")
        press(&s, .space, .right)
        #expect(try top(s, ClassReflectionScreen.self).minutes == 6)
    }
}
