import Foundation
import Testing
import LearnerLedCore
import TerminalKit
@testable import LearnerLedUI

/// The teacher following a rehearsal from their own terminal, the record after the conference, modelling with Sam
/// and the class summary.
@Suite struct ListeningInTests {
    /// The teacher's class list with Nguyễn Văn An mid-rehearsal (his terminal saved step 3).
    func rehearsing() -> (AppState, Rehearsal) {
        var s = Fixture.state()
        var p = s.portfolios["nguyen-van-an"]!
        var r = Rehearsal(id: "r-live", startedAt: Fixture.now, partner: .peer, partnerName: "Zoë", totalSteps: 18)
        r.currentStep = 3
        r.lastStepAt = Fixture.now
        try? PortfolioChange.saveRehearsal(r).apply(to: &p)
        send(&s, .portfoliosLoaded([p], unreadable: [:]))
        let index = s.classroom!.roster.firstIndex { $0.id == "nguyen-van-an" }!
        for _ in 0..<index { press(&s, .down) }
        return (s, r)
    }

    @Test func vOnAChildWhoIsRehearsingFollowsTheRehearsal() throws {
        var (s, r) = rehearsing()
        press(&s, .character("v"))
        let view = try top(s, LiveSupportScreen.self)
        #expect(view.following == .rehearsal("r-live"))
        #expect(view.agendaIndex == 1, "step 3 is the first artifact's first starter")
        let screen = render(s).text
        #expect(screen.contains("Rehearsal · Nguyễn Văn An · with Zoë") && screen.contains("step 4 of"))
        #expect(!screen.contains("Questions"), "no questions to ask in a rehearsal")

        // The teacher ticks a criterion and gives feedback: both land in that rehearsal, on the teacher's fields.
        let tick = press(&s, .tab, .down, .space)
        #expect(tick == [.save(.portfolio("nguyen-van-an", .rehearsalByTeacher(id: "r-live", .criterionSeen(Defaults.successCriteria[1].id, true))))])
        press(&s, .tab, .character("i"))
        type(&s, "You pointed at the graph while you spoke")
        let feedback = press(&s, .enter)
        let note = TimedNote(at: Fixture.now, text: "You pointed at the graph while you spoke")
        #expect(feedback == [.save(.portfolio("nguyen-van-an", .rehearsalByTeacher(id: "r-live", .feedback(note))))])
        let kept = try #require(s.portfolios["nguyen-van-an"]?.rehearsals.first { $0.id == "r-live" })
        #expect(kept.teacherSeen == [Defaults.successCriteria[1].id] && kept.teacherFeedback == [note])
        #expect(s.teacherNotes["nguyen-van-an"]?.conferenceNotes ?? [] == [], "rehearsal feedback is the child's, not a private note")
        #expect(render(s).text.contains("My feedback (1)") && render(s).text.contains("You pointed at the graph"))

        // The child's terminal saves its whole rehearsal (a step on): what the teacher added stays.
        var p = s.portfolios["nguyen-van-an"]!
        r.currentStep = 4
        try PortfolioChange.saveRehearsal(r).apply(to: &p)
        #expect(p.rehearsals.first { $0.id == "r-live" }?.teacherFeedback == [note])
        #expect(p.rehearsals.first { $0.id == "r-live" }?.teacherSeen == [Defaults.successCriteria[1].id])
    }

    @Test func aRehearsalLeftLastWeekIsNotFollowed() throws {
        var (s, _) = rehearsing()
        let later = Fixture.now.addingTimeInterval(7 * 24 * 3600)
        _ = reduce(&s, .liveView, now: later)
        #expect(try top(s, LiveSupportScreen.self).following == .conference, "the conference to come, not a stale rehearsal")
    }

    @Test func theRecordGathersTheConferenceAndTheTeachersNotes() throws {
        var s = Fixture.state()
        var p = s.portfolios["nguyen-van-an"]!
        let first = p.chosen[0].id
        for change in [ConferenceChange.start(attendees: ["Bà", "Mẹ"], at: Fixture.now), .covered(artifactID: first, true),
                       .questionUsed("What strategies did you use?", true), .criterionSeen("voice", true),
                       .finish(nextSteps: ["Measure my room at home"], at: Fixture.now.addingTimeInterval(1080))] {
            try PortfolioChange.conference(change).apply(to: &p)
        }
        send(&s, .portfoliosLoaded([p], unreadable: [:]))
        send(&s, .teacherNotesLoaded("nguyen-van-an", .success(TeacherNotes(studentID: "nguyen-van-an", reflections: "Proud of his measuring",
                                                                           conferenceNotes: [TimedNote(at: Fixture.now, text: "Needed a moment at the graph")]))))
        let index = s.classroom!.roster.firstIndex { $0.id == "nguyen-van-an" }!
        for _ in 0..<index { press(&s, .down) }
        press(&s, .character("v"))
        #expect(try top(s, LiveSupportScreen.self).rows.last == .done)
        press(&s, .character("r"))
        let record = try top(s, DocumentScreen.self)
        #expect(record.page == .conferenceRecord("nguyen-van-an"))
        var text = ""
        for _ in 0..<3 {
            text += render(s).text
            press(&s, .pageDown)
        }
        for expected in ["With: Bà, Mẹ", "(18 minutes)", "Artifacts covered (1 of 4)", "✓ Graph of our class pets",
                         "✓ Speaks in a clear, confident voice", "What strategies did you use?", "Measure my room at home",
                         "Needed a moment at the graph", "Proud of his measuring"] {
            #expect(text.contains(expected), "\(expected)")
        }
    }

    @Test func samsModelConferenceIsSteppedThroughAndNothingIsSaved() throws {
        var s = Fixture.state()
        press(&s, .character("M"))
        let model = try top(s, ModelConferenceScreen.self)
        #expect(model.steps.count == 2 + 2 * 4 + 4)
        #expect(render(s).text.contains("Welcome! Thank you for coming to my conference.") && render(s).text.contains("Point out: Sam looks at the family"))
        var effects: [Effect] = []
        for _ in 0..<20 { effects += press(&s, .right) }
        effects += press(&s, .character("h"), .left, .escape)
        #expect(effects.isEmpty, "read-only: nothing is saved")
        _ = try top(s, ClassListScreen.self)
    }

    @Test func theClassSummarySaysWhoIsDoneBookedOrNotYet() throws {
        var s = Fixture.state()
        var p = s.portfolios["nguyen-van-an"]!
        try PortfolioChange.conference(.start(attendees: ["Bà"], at: Fixture.now)).apply(to: &p)
        try PortfolioChange.conference(.finish(nextSteps: ["read every night"], at: Fixture.now)).apply(to: &p)
        try PortfolioChange.conference(.familyFeedback(FamilyFeedback(wasClear: true, timeWasEnough: false, wentWell: "He explained his graph"))).apply(to: &p)
        send(&s, .portfoliosLoaded([p], unreadable: [:]))
        var c = s.classroom!
        try ClassroomChange.schedule(studentID: "zoe-muller", ScheduledConference(day: Day("2026-12-02")!, time: "15:40", studentID: "zoe-muller")).apply(to: &c)
        send(&s, .classroomChanged(c))
        press(&s, .character("c"))
        _ = try top(s, DocumentScreen.self)
        var text = ""
        for _ in 0..<3 {
            text += render(s).text
            press(&s, .pageDown)
        }
        for expected in ["Done (1)", "• Nguyễn Văn An", "Booked (1)", "• Zoë Müller · December 2, 2026 15:40", "Not yet (8)",
                         "• read every night", "Families: 1 · it was clear: 1 of 1 · the time was enough: 0 of 1", "He explained his graph"] {
            #expect(text.contains(expected), "\(expected)")
        }
    }
}
