import Foundation
import Testing
import LearnerLedCore
import TerminalKit
@testable import LearnerLedUI

@Suite struct ConferenceTests {
    func live(_ id: StudentID = "nguyen-van-an", width: Int = 80, height: Int = 24) -> AppState {
        var s = Fixture.state(width: width, height: height)
        let index = s.classroom!.roster.firstIndex { $0.id == id }!
        for _ in 0..<index { press(&s, .down) }
        press(&s, .character("v"))
        return s
    }

    func view(_ s: AppState) -> LiveSupportScreen? { s.screen.as(LiveSupportScreen.self) }

    /// The student's side: as if their terminal had saved this step.
    func studentMoves(_ s: inout AppState, to step: Int, id: StudentID = "nguyen-van-an") {
        var p = s.portfolios[id]!
        try? PortfolioChange.conference(.step(step)).apply(to: &p)
        send(&s, .portfoliosLoaded([p], unreadable: [:]))
    }

    @Test func theViewFollowsTheStudentFromTheWelcomeToTheEnd() throws {
        var s = live()
        let v = try #require(view(s))
        let chosen = s.portfolios["nguyen-van-an"]!.chosen.map(\.id)
        #expect(v.rows == [.opening] + chosen.map { .artifact($0) } + [.closing])
        #expect(v.agendaIndex == 0, "the welcome comes first")
        #expect(render(s).text.contains("▶   Opening"))
        // Two opening steps, then four for each artifact: step 2 + 4 + 2 is the second artifact's second starter.
        studentMoves(&s, to: 2 + 4 + 2)
        #expect(view(s)?.agendaIndex == 2)
        let place = try #require(view(s)?.starterPlace(view(s)!.session(s.portfolios["nguyen-van-an"]), in: s.portfolios["nguyen-van-an"]))
        #expect(place.artifact == chosen[1] && place.index == 2)
        let screen = render(s).text
        #expect(screen.contains("▶ 2 2/3 ") && screen.contains("Saying starter 2 of 3"))
        studentMoves(&s, to: v.steps.count - 1)
        #expect(view(s)?.agendaIndex == chosen.count + 1, "closing")
        press(&s, .left, .left)
        #expect(view(s)?.agendaIndex == chosen.count - 1, "the teacher can look elsewhere")
        studentMoves(&s, to: v.steps.count - 1)
        #expect(view(s)?.agendaIndex == chosen.count - 1, "and is not pulled back until the student moves")
        // The child finishes: the view says done, with the next steps and who came.
        var p = s.portfolios["nguyen-van-an"]!
        try PortfolioChange.conference(.start(attendees: ["Bà", "Mẹ"], at: Fixture.now)).apply(to: &p)
        try PortfolioChange.conference(.finish(nextSteps: ["Measure my room at home"], at: Fixture.now.addingTimeInterval(900))).apply(to: &p)
        send(&s, .portfoliosLoaded([p], unreadable: [:]))
        #expect(view(s)?.rows.last == .done && view(s)?.agendaIndex == chosen.count + 2)
        let done = render(s).text
        #expect(done.contains("✓ Conference done · with Bà, Mẹ") && done.contains("• Measure my room at home"))
        #expect(done.contains("✓ 15:00 of 20:00"), "the time it took, from the times kept with the conference")
    }

    @Test func theTimerIsTheConferencesOwnAndSurvivesLeavingTheView() throws {
        var s = live()
        #expect(render(s).text.contains("not started"))
        var p = s.portfolios["nguyen-van-an"]!
        try PortfolioChange.conference(.start(attendees: ["Bà"], at: Fixture.now)).apply(to: &p)
        send(&s, .portfoliosLoaded([p], unreadable: [:]))
        _ = reduce(&s, .tick(Fixture.now.addingTimeInterval(90)), now: Fixture.now.addingTimeInterval(90))
        #expect(render(s).text.contains("⏱ 1:30 of 20:00"))
        press(&s, .escape, .character("v"))
        _ = reduce(&s, .tick(Fixture.now.addingTimeInterval(125)), now: Fixture.now.addingTimeInterval(125))
        #expect(render(s).text.contains("⏱ 2:05 of 20:00"), "back in the view: the same clock, not 0:00")
    }

    @Test func marksGoIntoTheStudentsRecordWithoutTouchingTheirStep() throws {
        var s = live()
        studentMoves(&s, to: 3)
        let first = s.portfolios["nguyen-van-an"]!.chosen[0].id
        #expect(press(&s, .character("c")) == [.save(.portfolio("nguyen-van-an", .conference(.covered(artifactID: first, true))))])
        press(&s, .character("2"))
        press(&s, .tab, .down, .space)
        let record = try #require(s.portfolios["nguyen-van-an"]?.conference)
        #expect(view(s)?.rows[1] == .artifact(first), "the teacher's place followed the child to the first artifact")
        #expect(record.artifactsCovered == [first])
        #expect(record.questionsUsed == [Defaults.probingQuestions[1]])
        #expect(record.criteriaSeen == [Defaults.successCriteria[1].id])
        #expect(record.currentStep == 3)
        press(&s, .space)
        #expect(s.portfolios["nguyen-van-an"]?.conference?.criteriaSeen == [], "Space again: not yet")
        press(&s, .tab, .character("c"))
        #expect(s.portfolios["nguyen-van-an"]?.conference?.artifactsCovered == [])
    }

    @Test func pinnedQuestionsComeFirstOnTheNumberKeys() {
        var s = live()
        send(&s, .teacherNotesLoaded("nguyen-van-an", .success(TeacherNotes(studentID: "nguyen-van-an", reflections: "Proud of his measuring",
                                                                                       pinnedQuestions: ["Which part took longest?"]))))
        #expect(press(&s, .character("1")) == [.save(.portfolio("nguyen-van-an", .conference(.questionUsed("Which part took longest?", true))))])
        #expect(press(&s, .character("9")) == [.save(.portfolio("nguyen-van-an", .conference(.questionUsed(Defaults.probingQuestions[7], true))))])
    }

    @Test func aQuickNoteIsKeptInTheTeachersNotesOnly() throws {
        var s = live()
        press(&s, .character("i"))
        type(&s, "Needed a moment at the graph")
        let effects = press(&s, .enter)
        let note = TimedNote(at: Fixture.now, text: "Needed a moment at the graph")
        #expect(effects == [.save(.teacherNotes("nguyen-van-an", .addNote(note)))])
        #expect(s.teacherNotes["nguyen-van-an"]?.conferenceNotes == [note])
        #expect(s.portfolios["nguyen-van-an"]?.conference == nil, "nothing of it goes into the student's file")
        #expect(render(s).text.contains("My notes (1)") && render(s).text.contains("Needed a moment at the graph"), "readable again")
        press(&s, .character("i"))
        type(&s, "never mind")
        press(&s, .escape)
        #expect(view(s)?.focus == .agenda)
        #expect(s.teacherNotes["nguyen-van-an"]?.conferenceNotes.count == 1)
        press(&s, .escape)
        _ = try top(s, ClassListScreen.self)
    }

    @Test func theStudentLeadsTheRealConferenceAndAgreesNextSteps() throws {
        var s = Fixture.state(.student("nguyen-van-an"))
        press(&s, .character("p"), .character("C"))
        type(&s, "Bà, Mẹ")
        let start = press(&s, .enter)
        #expect(start == [.save(.portfolio("nguyen-van-an", .conference(.start(attendees: ["Bà", "Mẹ"], at: Fixture.now)))),
                          .save(.portfolio("nguyen-van-an", .conference(.step(0))))])
        press(&s, .right, .right)
        #expect(s.portfolios["nguyen-van-an"]?.conference?.currentStep == 2)
        #expect(s.portfolios["nguyen-van-an"]?.rehearsals.count == 0, "the real thing is not a rehearsal")
        for _ in 0..<30 { press(&s, .right) }
        _ = try top(s, ConferenceCloseForm.self)
        type(&s, "Measure my room at home; read every night")
        press(&s, .enter)
        let record = try #require(s.portfolios["nguyen-van-an"]?.conference)
        #expect(record.status == .done && record.attendees == ["Bà", "Mẹ"])
        #expect(record.nextSteps == ["Measure my room at home", "read every night"])
        #expect(s.summaries["nguyen-van-an"]?.conferenceText(.english) == "✓ done")
    }

    @Test func sortingByNeedPutsWhoHasNotStartedFirst() throws {
        var s = Fixture.state()
        press(&s, .character("s"))
        let list = try #require(s.screen.as(ClassListScreen.self))
        let order = list.shownRoster(s).map(\.id)
        #expect(Set(order.prefix(2)) == ["mei-ling", "liam-o-brien"], "no sticky notes yet")
        #expect(order.count == 10)
        press(&s, .character("s"))
        let byName = try #require(s.screen.as(ClassListScreen.self))
        #expect(byName.shownRoster(s).first?.id == "jose-garcia")
    }
}

@Suite struct TeacherNotesPrivacyTests {
    @Test func studentModeHasNoWayToTheTeachersNotes() throws {
        var s = Fixture.state(.student("jose-garcia"))
        for key in [Key.character("v"), .character("T")] {
            #expect(press(&s, key) == [])
        }
        #expect(s.screens.count == 1, "no teacher screen opened")
        #expect(Keys.table(for: s).allSatisfy { b in b.keys.allSatisfy { b.action(for: $0) != .liveView && b.action(for: $0) != .editTeacherNotes } })
        #expect(s.commitTeacherNotes("jose-garcia", .addNote(TimedNote(text: "x"))) == [])
        #expect(s.teacherNotes.isEmpty)
    }

    @Test func theStoreIsNeverAskedForThemInStudentMode() throws {
        let folder = NSTemporaryDirectory() + "learnerled-privacy-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try DemoWriter.write(DemoClassroom.make(), to: folder)
        let store = try DocumentStore(root: folder)
        _ = store.update(.teacherNotes("jose-garcia"), create: { TeacherNotes(studentID: "jose-garcia", reflections: "private") }) { _ throws(StoreError) in }
        let session = Session(store: store)
        let student = Fixture.state(.student("jose-garcia"))
        let refused = session.perform(.save(.teacherNotes("jose-garcia", .addNote(TimedNote(text: "x")))), in: student)
        guard case .saveFinished(_, .failure)? = refused.first else { Issue.record("saved in a student's session: \(refused)"); return }
        let loaded = session.perform(.loadPortfolios(ids: ["jose-garcia"]), in: student)
        #expect(loaded.count == 1)
        #expect(!loaded.contains { if case .teacherNotesLoaded = $0 { return true } else { return false } })
        let teacher = Fixture.state(.teacher)
        #expect(session.perform(.loadPortfolios(ids: ["jose-garcia"]), in: teacher).count == 2)
        let notes = try #require(try store.load(.teacherNotes("jose-garcia"), as: TeacherNotes.self).get())
        #expect(notes.conferenceNotes.isEmpty, "the student's session wrote nothing")
    }
}

@Suite struct ConferenceSnapshotTests {
    @Test(arguments: [(80, 24), (120, 40)])
    func teacherViewWithLongWordsAndAFullQuestionBank(width: Int, height: Int) {
        var s = Fixture.state(width: width, height: height)
        var p = s.portfolios["nguyen-van-an"]!
        let first = p.chosen[0].id
        p.artifacts[p.index(of: first)!].reflection = ArtifactReflection(
            succeeding: "measuring every wall of our classroom with a metre stick and adding the lengths to find the perimeter",
            challenged: "remembering to write the units every single time, centimetres or metres",
            future: "measure my bedroom at home and draw a plan of it with my little sister")
        try? PortfolioChange.conference(.start(attendees: ["Bà", "Mẹ", "Anh Minh"], at: Fixture.now)).apply(to: &p)
        try? PortfolioChange.conference(.step(3)).apply(to: &p)
        try? PortfolioChange.conference(.questionUsed(Defaults.probingQuestions[2], true)).apply(to: &p)
        try? PortfolioChange.conference(.criterionSeen("welcome", true)).apply(to: &p)
        send(&s, .portfoliosLoaded([p], unreadable: [:]))
        send(&s, .teacherNotesLoaded("nguyen-van-an", .success(TeacherNotes(
            studentID: "nguyen-van-an", reflections: "An has grown so much in explaining his thinking out loud; ask him about the perimeter.",
            pinnedQuestions: ["Which wall was the hardest to measure?"]))))
        press(&s, .down, .down, .character("v"), .character("t"))
        _ = reduce(&s, .tick(Fixture.now.addingTimeInterval(19 * 60)), now: Fixture.now.addingTimeInterval(19 * 60))
        assertSnapshot(s, "live-support-\(width)x\(height)")
    }

    @Test func classOverviewDuringConferences() throws {
        var s = Fixture.state(width: 120, height: 40)
        var p = s.portfolios["zoe-muller"]!
        try? PortfolioChange.conference(.start(attendees: ["Mutti"], at: Fixture.now)).apply(to: &p)
        var q = s.portfolios["aarav-patel"]!
        try? PortfolioChange.conference(.finish(nextSteps: ["Read more"], at: Fixture.now)).apply(to: &q)
        send(&s, .portfoliosLoaded([p, q], unreadable: [:]))
        press(&s, .character("s"))
        assertSnapshot(s, "class-overview-by-need-120x40")
    }
}

@Suite struct ClassOverviewSizeTests {
    func thirty(width: Int, height: Int) -> AppState {
        let contents = SyntheticClassroom.make(students: 30, artifacts: 3)
        var s = AppState(mode: .teacher, dataFolder: "/d", classroom: contents.classroom, today: Day("2026-11-29")!)
        send(&s, .resized(width: width, height: height))
        send(&s, .portfoliosLoaded(contents.portfolios, unreadable: [:]))
        return s
    }

    @Test func thirtyStudentsFitAt120x40WithoutScrolling() throws {
        let text = render(thirty(width: 120, height: 40)).text
        for entry in SyntheticClassroom.make(students: 30, artifacts: 3).classroom.roster {
            #expect(text.contains(entry.displayName), "\(entry.displayName)")
        }
    }

    @Test func at80x24TheListScrollsToEveryone() {
        var s = thirty(width: 80, height: 24)
        #expect(!render(s).text.contains("Zoë 22"), "below the fold at first")
        press(&s, .end)
        let text = render(s).text
        #expect(text.contains("Fatima 30"))
        #expect(text.contains("30/30"))
    }
}

@Suite struct LiveViewQuestionsTests {
    @Test func twoPinnedQuestionsPushNoBankQuestionOffTheScreen() throws {
        var s = Fixture.state(width: 120, height: 40)
        press(&s, .down, .down, .character("v"))
        send(&s, .teacherNotesLoaded("nguyen-van-an", .success(TeacherNotes(studentID: "nguyen-van-an",
                                                                          pinnedQuestions: ["Which wall was hardest?", "Why a graph?"]))))
        let last = Defaults.probingQuestions[7]
        #expect(render(s).text.contains(last), "the tenth question is on screen")
        #expect(press(&s, .character("0")) == [.save(.portfolio("nguyen-van-an", .conference(.questionUsed(last, true))))])
    }
}
