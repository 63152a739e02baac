import Foundation
import Testing
import LearnerLedCore
import TerminalKit
@testable import LearnerLedUI

@Suite struct RehearsalTests {
    /// Nguyễn Văn An's sticky wall, in the demo (four notes, English starters).
    func wall(width: Int = 80, height: Int = 24) -> AppState {
        var s = Fixture.portfolio("nguyen-van-an", width: width, height: height)
        press(&s, .character("p"))
        return s
    }

    func rehearsal(_ s: AppState) -> RehearsalScreen? { s.screen.as(RehearsalScreen.self) }

    @Test func startingRecordsWhoItIsWithAndSavesAtOnce() throws {
        var s = wall()
        press(&s, .character("r"), .right)
        let setup = try #require(s.screen.as(RehearsalSetupForm.self))
        #expect(setup.partner == .peer && setup.options.count == Rehearsal.PartnerKind.allCases.count)
        press(&s, .enter)
        #expect(try top(s, RehearsalSetupForm.self).error == "Write your friend's name.")
        type(&s, "Zoë")
        let effects = press(&s, .enter)
        let r = try #require(rehearsal(s))
        #expect(r.rehearsal.partner == .peer && r.rehearsal.partnerName == "Zoë")
        #expect(r.steps.count == 2 + 4 * 4 + 4)
        #expect(r.rehearsal.totalSteps == r.steps.count)
        #expect(effects == [.save(.portfolio("nguyen-van-an", .saveRehearsal(r.rehearsal)))])
        #expect(s.portfolios["nguyen-van-an"]?.rehearsals == [r.rehearsal])
    }

    @Test func stepsGoOnAndBackAndCuesHide() throws {
        var s = wall()
        press(&s, .character("r"), .enter)
        press(&s, .right, .space, .enter)
        #expect(rehearsal(s)?.rehearsal.currentStep == 3)
        press(&s, .left)
        #expect(rehearsal(s)?.rehearsal.currentStep == 2)
        #expect(rehearsal(s)?.rehearsal.stepsReached == 4, "how far it got is remembered")
        press(&s, .character("h"))
        #expect(rehearsal(s)?.rehearsal.cuesHidden == true)
        press(&s, .left, .left, .left)
        #expect(rehearsal(s)?.rehearsal.currentStep == 0)
    }

    @Test func escKeepsThePlaceAndRResumesIt() throws {
        var s = wall()
        press(&s, .character("r"), .enter, .right, .right, .right, .right)
        let id = try #require(rehearsal(s)?.rehearsal.id)
        press(&s, .escape)
        #expect(s.status?.text == "Stopped at step 5 of 22. Press r on your sticky wall to go on.")
        let kept = try #require(s.portfolios["nguyen-van-an"]?.rehearsals.first)
        #expect(kept.currentStep == 4 && !kept.isFinished)
        press(&s, .character("r"))
        let setup = try #require(s.screen.as(RehearsalSetupForm.self))
        guard case .resume(let unfinished) = setup.options.first else { Issue.record("no place to go on from"); return }
        #expect(unfinished.id == id && setup.choice == 0, "going on is offered first")
        press(&s, .enter)
        #expect(rehearsal(s)?.rehearsal.id == id)
        #expect(rehearsal(s)?.rehearsal.currentStep == 4)
    }

    @Test func finishingChecksCriteriaAndAsksForSpecificFeedback() throws {
        var s = wall()
        press(&s, .character("r"), .enter)
        for _ in 0..<22 { press(&s, .right) }
        let check = try #require(s.screen.as(RehearsalCheckForm.self))
        #expect(check.rehearsal.stepsReached == 22)
        press(&s, .space, .down, .down, .space)
        for _ in 0..<5 { press(&s, .tab) }
        type(&s, "good")
        press(&s, .enter)
        type(&s, "be louder")
        #expect(press(&s, .enter) == [], "vague feedback gets a hint first")
        let hinted = try #require(s.screen.as(RehearsalCheckForm.self))
        #expect(hinted.hint?.hasPrefix("Try saying what exactly worked") == true)
        #expect(hinted.focus == .worked)
        press(&s, .control("u"))
        type(&s, "You pointed at each fraction as you said it")
        press(&s, .enter)
        #expect(press(&s, .enter) == [], "now the vague “try” gets its hint")
        let hinted2 = try #require(s.screen.as(RehearsalCheckForm.self))
        #expect(hinted2.hint?.hasPrefix("Try saying one thing to do") == true)
        let effects = press(&s, .enter)   // a second Enter keeps "be louder" as it is
        let saved = try #require(s.portfolios["nguyen-van-an"]?.rehearsals.first)
        #expect(saved.isFinished)
        #expect(saved.workedWell == "You pointed at each fraction as you said it")
        #expect(saved.tryNext == "be louder")
        #expect(saved.criteria["welcome"] == true && saved.criteria["voice"] == true && saved.criteria["owns"] == false)
        #expect(saved.criteria.count == Defaults.successCriteria.count)
        #expect(effects == [.save(.portfolio("nguyen-van-an", .saveRehearsal(saved)))])
        #expect(s.summaries["nguyen-van-an"]?.rehearsals == 1)
        #expect(s.summaries["nguyen-van-an"]?.lastRehearsal == saved)
        _ = try top(s, WallScreen.self)
    }

    @Test func timeIsCountedPerSitting() throws {
        var s = wall()
        press(&s, .character("r"))
        send(&s, .open)
        _ = reduce(&s, .nextStep, now: Fixture.now.addingTimeInterval(30))
        let r = try #require(rehearsal(s))
        #expect(r.rehearsal.secondsTaken == 30)
        _ = reduce(&s, .back, now: Fixture.now.addingTimeInterval(45))
        #expect(s.portfolios["nguyen-van-an"]?.rehearsals.first?.secondsTaken == 45)
    }
}

@Suite struct RehearsalSnapshotTests {
    @Test(arguments: [(80, 24), (120, 40)])
    func aLongPreparedAnswerWrapsCleanly(width: Int, height: Int) {
        var s = Fixture.portfolio("nguyen-van-an", width: width, height: height)
        var p = s.portfolios["nguyen-van-an"]!
        let first = p.chosen[0].id
        p.artifacts[p.index(of: first)!].reflection.succeeding = "measuring every wall of our classroom with a metre stick, "
            + "writing each length down in centimetres, and then adding them all together to find the perimeter — "
            + "and I checked it twice with Nguyễn and 美玲"
        send(&s, .portfoliosLoaded([p], unreadable: [:]))
        press(&s, .character("p"), .character("r"), .right)
        press(&s, .enter)
        type(&s, "Zoë")
        press(&s, .enter, .right, .right, .right)
        _ = reduce(&s, .tick(Fixture.now.addingTimeInterval(75)), now: Fixture.now.addingTimeInterval(75))
        assertSnapshot(s, "rehearsal-step-\(width)x\(height)")
    }

    @Test func showingAnArtifactWithCuesHidden() {
        var s = Fixture.portfolio("nguyen-van-an")
        press(&s, .character("p"), .character("r"), .enter, .right, .right, .character("h"))
        assertSnapshot(s, "rehearsal-show-hidden-80x24")
    }

    @Test func setupAndCheck() {
        var s = Fixture.portfolio("nguyen-van-an")
        press(&s, .character("p"), .character("r"), .right, .right)
        assertSnapshot(s, "rehearsal-setup-80x24")
        press(&s, .enter)
        for _ in 0..<22 { press(&s, .right) }
        press(&s, .space, .down, .space)
        assertSnapshot(s, "rehearsal-check-80x24")
    }

    /// A friend's name is asked for, but a file may lack it: the question then speaks of the listeners.
    @Test func aPeerWithoutANameIsAskedAboutAsTheListeners() throws {
        var s = Fixture.portfolio("nguyen-van-an")
        let criteria = try #require(s.classroom?.successCriteria)
        for (name, words) in [("Zoë", "What did Zoë see?"), ("", "What did the listeners see?")] {
            let rehearsal = Rehearsal(partner: .peer, partnerName: name)
            s.screens.append(Screen(RehearsalCheckForm(studentID: "nguyen-van-an", rehearsal: rehearsal, criteria: criteria)))
            #expect(render(s).text.contains(words), "name \"\(name)\"")
        }
    }
}
