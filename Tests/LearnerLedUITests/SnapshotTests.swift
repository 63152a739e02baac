import Foundation
import Testing
import LearnerLedCore
import TerminalKit
@testable import LearnerLedUI

/// Whole screens rendered into an in-memory canvas at the two sizes every screen must work at.
@Suite struct SnapshotTests {
    @Test(arguments: [(80, 24), (120, 40)])
    func classList(width: Int, height: Int) {
        var s = Fixture.state(width: width, height: height)
        press(&s, .down, .down)
        assertSnapshot(s, "class-list-\(width)x\(height)")
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func portfolio(width: Int, height: Int) {
        var s = Fixture.portfolio("nguyen-van-an", width: width, height: height)
        for _ in 0..<3 { press(&s, .down) }
        assertSnapshot(s, "portfolio-\(width)x\(height)")
    }

    @Test func portfolioByDateScrolledToTheEnd() {
        var s = Fixture.portfolio("fatima-al-sayed")
        press(&s, .tab, .end)
        assertSnapshot(s, "portfolio-by-date-end-80x24")
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func artifactForm(width: Int, height: Int) {
        var s = Fixture.portfolio(width: width, height: height)
        press(&s, .character("a"))
        type(&s, "Fractions ½ — José's poster 学生")
        press(&s, .tab, .tab, .tab, .tab)
        type(&s, "We cut paper circles into halves, quarters and eighths and glued them in order from biggest to smallest.")
        assertSnapshot(s, "artifact-form-\(width)x\(height)")
    }

    @Test func escapesInUserTextAreHarmless() {
        var s = Fixture.portfolio()
        // As if a file had been edited by hand: the escape arrives from disk, not from the keyboard.
        var p = s.portfolios["jose-garcia"]!
        p.artifacts[0].title = "Evil \u{1B}[2J\u{9B}31m title"
        p.artifacts[0].description = "Bell\u{7} and tab\there"
        send(&s, .portfoliosLoaded([p], unreadable: [:]))
        press(&s, .down)
        assertSnapshot(s, "escape-in-title-80x24")
    }

    @Test func welcome() {
        var s = AppState(mode: .teacher, dataFolder: "/d", classroom: nil, today: Day("2026-11-29")!)
        send(&s, .resized(width: 80, height: 24))
        assertSnapshot(s, "welcome-80x24")
    }

    @Test func tooSmall() {
        assertSnapshot(Fixture.state(width: 59, height: 19), "too-small-59x19")
    }

    @Test func helpOverlay() {
        var s = Fixture.portfolio()
        press(&s, .character("?"))
        assertSnapshot(s, "help-portfolio-80x24")
    }

    @Test func decorate() {
        var s = Fixture.portfolio("mei-ling")
        press(&s, .character("c"), .backTab, .right)
        assertSnapshot(s, "decorate-80x24")
    }

    @Test func trashAndDiscardQuestion() {
        var s = Fixture.portfolio()
        press(&s, .character("d"), .down, .character("d"), .character("t"))
        assertSnapshot(s, "trash-80x24")
        press(&s, .escape, .character("a"))
        type(&s, "x")
        press(&s, .escape)
        assertSnapshot(s, "confirm-discard-80x24")
    }

    @Test func studentModeHeader() {
        let s = Fixture.state(.student("mei-ling"), width: 80, height: 24)
        assertSnapshot(s, "student-mode-80x24")
    }
}

@Suite struct PrepareSnapshotTests {
    @Test(arguments: [(80, 24), (120, 40)])
    func wallWithRulesMet(width: Int, height: Int) {
        var s = Fixture.portfolio("nguyen-van-an", width: width, height: height)
        press(&s, .character("p"), .down)
        assertSnapshot(s, "wall-rules-met-\(width)x\(height)")
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func wallWithRulesUnmet(width: Int, height: Int) {
        var s = Fixture.portfolio("liam-o-brien", width: width, height: height)
        press(&s, .space, .enter, .down, .space, .enter, .down, .space, .enter, .character("p"))
        assertSnapshot(s, "wall-rules-unmet-\(width)x\(height)")
    }

    @Test func emptyWall() {
        var s = Fixture.portfolio("liam-o-brien")
        press(&s, .character("p"))
        assertSnapshot(s, "wall-empty-80x24")
    }

    @Test func stickyNoteDialog() {
        var s = Fixture.portfolio("liam-o-brien")
        press(&s, .space, .character("c"))
        type(&s, "Nguyễn helped me 学生")
        assertSnapshot(s, "sticky-note-80x24")
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func reflectionInSpanishWithALongAnswer(width: Int, height: Int) {
        var s = Fixture.portfolio("jose-garcia", width: width, height: height)
        press(&s, .character("p"), .down, .enter, .control("u"))
        type(&s, "llevar las decenas cuando sumo números grandes, porque a veces se me olvida escribir el uno arriba y la respuesta sale mal")
        assertSnapshot(s, "reflection-es-\(width)x\(height)")
    }

    @Test func classRules() {
        var s = Fixture.state()
        press(&s, .character("b"), .tab, .tab, .tab, .tab, .space)
        assertSnapshot(s, "class-rules-80x24")
    }
}
