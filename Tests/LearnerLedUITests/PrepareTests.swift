import Foundation
import Testing
import LearnerLedCore
import TerminalKit
@testable import LearnerLedUI

/// Sticky notes, the sticky wall, the class rules and what each student will say.
@Suite struct PrepareTests {
    /// Liam has no sticky notes in the demo.
    func liam() -> AppState { Fixture.portfolio("liam-o-brien") }

    func selected(_ s: AppState) throws -> Artifact? {
        let p = try top(s, PortfolioScreen.self)
        return p.selectedArtifact(s)
    }

    @Test func spaceAsksWhyThenPutsTheNoteOn() throws {
        var s = liam()
        let artifact = try #require(try selected(s))
        #expect(press(&s, .space) == [])
        let form = try #require(s.screen.as(StickyNoteForm.self))
        #expect(form.isNew && form.reason == .strength)
        press(&s, .character("c"))
        type(&s, "I'm still learning this")
        let effects = press(&s, .enter)
        let placed = try #require(s.portfolios["liam-o-brien"]?.artifact(artifact.id))
        #expect(placed.stickyNote == StickyNote(reason: .challenge, words: "I'm still learning this", placedAt: Fixture.now, order: 0))
        #expect(placed.updatedAt == Fixture.now)
        #expect(effects == [.save(.portfolio("liam-o-brien", .updateArtifact(placed, base: artifact)))])
        #expect(s.summaries["liam-o-brien"]?.readiness.notesChosen == 1)
    }

    @Test func spaceOnANotedArtifactTakesTheNoteOffAndUndoPutsItBack() throws {
        var s = liam()
        press(&s, .space, .enter)
        let artifact = try #require(try selected(s))
        #expect(artifact.stickyNote != nil)
        press(&s, .space)
        #expect(s.portfolios["liam-o-brien"]?.artifact(artifact.id)?.stickyNote == nil)
        #expect(s.status?.text.contains("u puts it back") == true)
        press(&s, .character("u"))
        #expect(s.portfolios["liam-o-brien"]?.artifact(artifact.id)?.stickyNote == artifact.stickyNote)
    }

    @Test func aNoteThatBreaksARuleIsPlacedAndTheRuleSaid() throws {
        var s = liam()
        // Two Reading notes are allowed; the third breaks "at most 2 per subject".
        let p = try #require(s.screen.as(PortfolioScreen.self))
        let readingRows = p.rows.prefix { if case .header(let t, _) = $0 { return t.contains("Reading") || $0 == p.rows[0] } else { return true } }
        #expect(readingRows.count >= 4, "the demo gives Liam at least three Reading artifacts")
        press(&s, .space, .enter, .down, .space, .enter, .down, .space, .enter)
        #expect(s.status == AppState.Status(text: "Sticky note placed. Heads up: You have 3 Reading notes. Choose at most 2.", kind: .warning))
        #expect(s.portfolios["liam-o-brien"]?.chosen.count == 3, "children decide; the rules guide")
        #expect(s.summaries["liam-o-brien"]?.readiness.rulesMet == false)
    }

    @Test func theWallShowsNotesInOrderAndKJReordersThem() throws {
        var s = Fixture.portfolio("nguyen-van-an")
        let before = s.portfolios["nguyen-van-an"]!.chosen.map(\.id)
        #expect(before.count == 4)
        press(&s, .character("p"))
        let wall = try #require(s.screen.as(WallScreen.self))
        #expect(wall.notes.compactMap(\.artifactID) == before)
        press(&s, .down)
        let effects = press(&s, .character("K"))
        let expected = [before[1], before[0], before[2], before[3]]
        #expect(effects == [.save(.portfolio("nguyen-van-an", .orderNotes(expected)))])
        #expect(s.portfolios["nguyen-van-an"]!.chosen.map(\.id) == expected)
        let moved = try #require(s.screen.as(WallScreen.self))
        #expect(moved.cursor.selected == 0, "the cursor moves with the note")
        press(&s, .shiftDown)
        let once = try #require(s.screen.as(WallScreen.self))
        #expect(once.cursor.selected == 1)
        #expect(s.portfolios["nguyen-van-an"]!.chosen.map(\.id) == before)
        press(&s, .shiftDown)
        #expect(s.portfolios["nguyen-van-an"]!.chosen.map(\.id) == [before[0], before[2], before[1], before[3]])
        press(&s, .character("u"))
        #expect(s.portfolios["nguyen-van-an"]!.chosen.map(\.id) == before, "undo takes back the last move")
    }

    @Test func editingANoteKeepsItsPlace() throws {
        var s = Fixture.portfolio("nguyen-van-an")
        press(&s, .character("p"), .down, .character("n"))
        let form = try #require(s.screen.as(StickyNoteForm.self))
        #expect(!form.isNew)
        press(&s, .character("c"), .control("u"))
        type(&s, "Tricky")
        press(&s, .enter)
        let note = try #require(s.portfolios["nguyen-van-an"]!.artifact(form.artifact.id)?.stickyNote)
        #expect(note.reason == .challenge && note.words == "Tricky")
        #expect(note.order == form.artifact.stickyNote?.order && note.placedAt == form.artifact.stickyNote?.placedAt)
    }

    @Test func aChallengeStartsWithTheChallengeStarterAndEnterWalksThroughThree() throws {
        var s = liam()
        press(&s, .space, .character("c"), .enter, .character("p"), .enter)
        let form = try #require(s.screen.as(ReflectionForm.self))
        #expect(form.parts == [.challenged, .succeeding, .future])
        type(&s, "carrying the tens")
        press(&s, .enter)
        type(&s, "drawing the groups")
        press(&s, .enter)
        type(&s, "practise every day")
        let effects = press(&s, .enter)
        let artifact = try #require(s.portfolios["liam-o-brien"]?.artifact(form.artifact.id))
        #expect(artifact.reflection == ArtifactReflection(succeeding: "drawing the groups", challenged: "carrying the tens",
                                                          future: "practise every day"))
        #expect(effects.count == 1)
        #expect(s.summaries["liam-o-brien"]?.readiness.reflectionsComplete == 1)
        let wall = try #require(s.screen.as(WallScreen.self))
        #expect(wall.readiness?.reflectionsComplete == 1)
    }

    @Test func aStrengthStartsWithSucceeding() throws {
        var s = liam()
        press(&s, .space, .enter, .character("p"), .enter)
        let form = try #require(s.screen.as(ReflectionForm.self))
        #expect(form.parts == [.succeeding, .challenged, .future])
    }

    @Test func leavingAReflectionWithWordsAsksFirst() throws {
        var s = liam()
        press(&s, .space, .enter, .character("p"), .enter)
        type(&s, "x")
        press(&s, .escape)
        #expect(s.overlay == .confirm(.discardForm))
    }

    @Test func theTeacherEditsTheRulesAndEveryoneIsRecheckedAtOnce() throws {
        var s = Fixture.state()
        #expect(s.summaries["liam-o-brien"]?.readiness.rulesMet == false)
        press(&s, .character("b"))
        let form = try #require(s.screen.as(BoundariesForm.self))
        let original = form.original
        press(&s, .tab, .tab, .tab)   // to "a strength and a challenge"
        press(&s, .space)
        for _ in 0..<7 { press(&s, .tab) }   // six subjects, then the date
        for _ in 0..<10 { press(&s, .backspace) }
        type(&s, "2026-10-20")
        let effects = press(&s, .enter)
        var expected = original
        expected.requireStrengthAndChallenge = false
        expected.agreedOn = Day("2026-10-20")
        #expect(effects == [.save(.classroom(.setBoundaries(expected, base: original)))])
        #expect(s.classroom?.boundaries == expected)
        #expect(s.summaries["liam-o-brien"]?.readiness.rulesMet == true, "with no strength/challenge rule, none chosen is fine")
    }

    @Test func rulesThatCannotBeMetAreExplained() throws {
        var s = Fixture.state()
        press(&s, .character("b"), .tab)
        type(&s, "5")
        press(&s, .tab)
        type(&s, "2")
        #expect(press(&s, .enter) == [])
        let form = try #require(s.screen.as(BoundariesForm.self))
        #expect(form.error == "“At least” is more than “at most”.")
        #expect(form.focus == .minTotal, "the cursor goes to what needs fixing")
        press(&s, .backspace)
        type(&s, "x")
        press(&s, .enter)
        let form2 = try #require(s.screen.as(BoundariesForm.self))
        #expect(form2.error == "“At least, in all” must be a number (or empty for no limit).")
    }

    @Test func aClassroomSavedElsewhereRechecksTheWall() throws {
        var s = Fixture.portfolio("nguyen-van-an")
        press(&s, .character("p"))
        var changed = s.classroom!
        changed.boundaries.maxTotal = 2
        send(&s, .classroomChanged(changed))
        let wall = try #require(s.screen.as(WallScreen.self))
        #expect(wall.rules.contains { $0.message == "You have 4 artifacts. Choose at most 2." && !$0.isMet })
    }

    @Test func readinessLinesForTheClassList() {
        let classroom = DemoClassroom.make().classroom
        var p = Portfolio(studentID: "x")
        #expect(Readiness(p, in: classroom).summary() == "not started")
        for (i, reason) in [StickyNote.Reason.strength, .challenge].enumerated() {
            var a = Artifact(id: "a\(i)", title: "A", subjectID: i == 0 ? "math" : "art", date: Day("2026-10-01")!)
            a.stickyNote = StickyNote(reason: reason, order: i)
            a.reflection = ArtifactReflection(succeeding: "s", challenged: "c", future: i == 0 ? "f" : "")
            p.artifacts.append(a)
        }
        #expect(Readiness(p, in: classroom).summary() == "rules ✓ · 1/2 ready")
        p.artifacts[1].reflection.future = "f"
        #expect(Readiness(p, in: classroom).summary() == "✓ ready")
        p.artifacts[1].stickyNote?.reason = .strength
        #expect(Readiness(p, in: classroom).summary() == "rules ✗ · 2/2 ready")
    }
}
