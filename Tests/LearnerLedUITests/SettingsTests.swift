import Foundation
import Testing
import LearnerLedCore
import TerminalKit
@testable import LearnerLedUI

@Suite struct SettingsTests {
    func settings() -> AppState {
        var s = Fixture.state()
        press(&s, .character("S"))
        return s
    }

    func open(_ s: inout AppState, item: Int) {
        for _ in 0..<item { press(&s, .down) }
        press(&s, .enter)
    }

    @Test func addingASubjectKeepsTheOthersIDs() throws {
        var s = settings()
        open(&s, item: 0)
        press(&s, .character("a"))
        type(&s, "🎵 Music")
        let effects = press(&s, .enter)
        let subjects = try #require(s.classroom?.subjects)
        #expect(subjects.map(\.id) == ["reading", "music", "writing", "math", "science", "social-studies", "art"])
        #expect(subjects[1] == Subject(id: "music", name: "Music", symbol: "🎵"))
        #expect(effects == [.save(.classroom(.setSubjects(subjects, base: DemoClassroom.make().classroom.subjects)))])
        let e = try #require(s.screen.as(ListEditorScreen.self))
        #expect(e.editor == nil && !e.adding && e.selected == 1)
    }

    @Test func renamingAndReorderingASubjectKeepsItsID() throws {
        var s = settings()
        open(&s, item: 0)
        press(&s, .down, .down, .enter, .control("u"))
        type(&s, "➗ Maths")
        press(&s, .enter)
        #expect(s.classroom?.subjects[2] == Subject(id: "math", name: "Maths", symbol: "➗"))
        press(&s, .character("K"))
        #expect(s.classroom?.subjects.map(\.id).prefix(3) == ["reading", "math", "writing"])
        press(&s, .character("d"))
        #expect(s.classroom?.subjects.contains { $0.id == "math" } == false)
    }

    @Test func criteriaAndQuestionsAreEditedInPlace() throws {
        var s = settings()
        open(&s, item: 2)
        press(&s, .enter, .end)
        type(&s, " to everyone")
        press(&s, .enter)
        #expect(s.classroom?.successCriteria.first == SuccessCriterion(id: "welcome", text: "Welcomes and thanks the family to everyone"))
        press(&s, .escape, .down, .enter, .end, .character("a"))
        type(&s, "What would you do differently?")
        press(&s, .enter)
        #expect(s.classroom?.probingQuestions.count == 9)
        #expect(s.classroom?.probingQuestions.last == "What would you do differently?")
    }

    @Test func aNewLanguageStartsAsACopyOfEnglishToTranslate() throws {
        var s = settings()
        open(&s, item: 6)
        type(&s, "vi")
        press(&s, .enter)
        type(&s, "Tiếng Việt")
        press(&s, .enter)
        let set = try #require(s.classroom?.starters(for: "vi"))
        #expect(set.language == "vi" && set.languageName == "Tiếng Việt")
        #expect(set.lesson == Defaults.english.lesson)
        let e = try #require(s.screen.as(ListEditorScreen.self))
        #expect(e.kind == .starters("vi") && e.isFixed)
        press(&s, .enter, .control("u"))
        type(&s, "Trước đây em… Bây giờ em…")
        press(&s, .enter)
        #expect(s.classroom?.starters(for: "vi").lesson.first == "Trước đây em… Bây giờ em…")
        #expect(s.classroom?.starters(for: "en").lesson.first == "I used to… Now I…")
        #expect(press(&s, .character("a")) == [] && press(&s, .character("d")) == [], "a starter set keeps its shape")
    }

    @Test func conferenceFormatSlotLengthAndSchedule() throws {
        var s = settings()
        open(&s, item: 7)
        press(&s, .right)
        #expect(s.classroom?.conference.format == .stations)
        press(&s, .tab, .backspace, .backspace)
        type(&s, "15")
        press(&s, .enter)
        #expect(s.classroom?.conference.slotMinutes == 15)
        press(&s, .character("a"))
        #expect(try top(s, SlotForm.self).focus == .time, "the day is today already; the time is what to type")
        type(&s, "9:40")
        press(&s, .tab, .right, .tab)
        type(&s, "Mutti, Opa")
        press(&s, .enter)
        let slot = try #require(s.classroom?.conference.schedule.first)
        #expect(slot == ScheduledConference(day: Day("2026-11-29")!, time: "9:40", studentID: "zoe-muller", family: ["Mutti", "Opa"]))
        #expect(s.summaries["zoe-muller"]?.conferenceText(.english) == "Nov 29 9:40")
        press(&s, .character("d"))
        #expect(s.classroom?.conference.schedule.isEmpty == true)
    }

    @Test func aSlotNeedsARealTime() throws {
        var s = settings()
        open(&s, item: 7)
        press(&s, .tab, .tab, .character("a"), .tab)
        type(&s, "25:00")
        press(&s, .enter)
        let f = try #require(s.screen.as(SlotForm.self))
        #expect(f.error == "Write the time like 15:20.")
    }

    @Test func familyFeedbackIsKeptWithTheConferenceAndSummed() throws {
        var s = Fixture.portfolio("aarav-patel")
        press(&s, .character("F"), .right, .tab, .right, .right, .tab)
        type(&s, "He explained his graph himself")
        press(&s, .enter)
        type(&s, "Reading at home every night")
        press(&s, .enter)
        let feedback = try #require(s.portfolios["aarav-patel"]?.conference?.familyFeedback)
        #expect(feedback == FamilyFeedback(wasClear: true, timeWasEnough: false, wentWell: "He explained his graph himself",
                                           goalsToAdd: "Reading at home every night"))
        let summary = FeedbackSummary([feedback, FamilyFeedback(wasClear: true, timeWasEnough: nil, wentWell: "", goalsToAdd: "")])
        #expect(summary.lines[0] == "Families: 2 · it was clear: 2 of 2 · the time was enough: 0 of 1")
    }
}

@Suite struct SettingsSnapshotTests {
    @Test func menuStartersAndConference() {
        var s = Fixture.state()
        press(&s, .character("S"))
        assertSnapshot(s, "settings-menu-80x24")
        for _ in 0..<5 { press(&s, .down) }
        press(&s, .enter)
        assertSnapshot(s, "settings-starters-es-80x24")
        press(&s, .escape, .down, .down, .enter)
        assertSnapshot(s, "settings-conference-80x24")
    }
}
