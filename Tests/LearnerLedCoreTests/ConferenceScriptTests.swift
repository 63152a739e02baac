import Foundation
import Testing
@testable import LearnerLedCore

@Suite struct ConferenceScriptTests {
    func portfolio(_ notes: [(String, StickyNote.Reason, ArtifactReflection)]) -> Portfolio {
        var p = Portfolio(studentID: "sofia")
        for (i, (title, reason, reflection)) in notes.enumerated() {
            var a = Artifact(id: "a\(i)", title: title, subjectID: "math", kind: .project, date: Day("2026-10-01")!,
                             location: "shelf")
            a.stickyNote = StickyNote(reason: reason, words: "words \(i)", order: notes.count - i)
            a.reflection = reflection
            p.artifacts.append(a)
        }
        return p
    }

    let full = ArtifactReflection(succeeding: "s", challenged: "c", future: "f")

    @Test func stepsFollowTheStickyNoteOrderWithThreeStartersEach() {
        let classroom = Classroom(name: "R", teacher: "T", roster: [RosterEntry(id: "sofia", displayName: "Sofía")])
        let steps = ConferenceScript.steps(for: portfolio([("First", .strength, full), ("Second", .challenge, full)]), in: classroom)
        #expect(steps.count == 2 + 2 * 4 + 4)
        #expect(steps[0].prompt == "Welcome! Thank you for coming to my conference.")
        #expect(steps[1].cue == "Second · First", "the agenda names the artifacts in the order they will come")
        #expect(steps[2].kind == .showArtifact("a1"))
        #expect(steps[2].details == ["🔢 Math", "project", "Where it is: shelf"])
        #expect(steps[2].cue == "words 1")
        // Chosen for a challenge: the challenge starter comes first.
        #expect(steps[3...5].map(\.prompt) == ["This artifact shows I am still challenged by…",
                                                "This artifact shows I am succeeding with…", "In the future, I will…"])
        #expect(steps[7].prompt == "This artifact shows I am succeeding with…")
        #expect(steps.suffix(4).map(\.prompt) == Defaults.english.closing)
        #expect(steps.allSatisfy { $0.missingHint == nil })
    }

    @Test func missingReflectionsAreStepsWithAGentleHintNotGaps() {
        let classroom = Classroom(name: "R", teacher: "T")
        let steps = ConferenceScript.steps(for: portfolio([("Only", .strength, ArtifactReflection(succeeding: "  ", challenged: "c"))]),
                                           in: classroom)
        let starters = steps.filter { if case .starter = $0.kind { return true } else { return false } }
        #expect(starters.count == 3)
        #expect(starters.map { $0.missingHint != nil } == [true, false, true])
        #expect(starters[0].cue == "")
    }

    @Test func anEmptySelectionStillOpensAndCloses() {
        let steps = ConferenceScript.steps(for: Portfolio(studentID: "x"), in: Classroom(name: "R", teacher: "T"))
        #expect(steps.count == 6)
        #expect(steps[1].missingHint?.contains("not chosen any artifacts") == true)
    }

    @Test func theStudentsLanguageSetIsUsed() {
        let classroom = Classroom(name: "R", teacher: "T", roster: [RosterEntry(id: "sofia", displayName: "Sofía", preferredLanguage: "es")])
        let steps = ConferenceScript.steps(for: portfolio([("Mural", .strength, full)]), in: classroom)
        #expect(steps[0].prompt == "¡Bienvenidos! Gracias por venir a mi conferencia.")
        #expect(steps[3].prompt == "Este trabajo muestra que estoy teniendo éxito con…")
        #expect(steps.last?.prompt == "¿Tienen alguna pregunta para mí?")
    }

    @Test func vagueFeedbackGetsAHintAndSpecificFeedbackDoesNot() {
        for vague in ["", "good", "good job", "it was great", "everything was really good", "muy bien"] {
            #expect(FeedbackCheck.hint(worked: vague) != nil, "\(vague)")
        }
        #expect(FeedbackCheck.hint(worked: "You held up your graph for us") == nil)
        #expect(FeedbackCheck.hint(tryNext: "Look at your family when you read") == nil)
        #expect(FeedbackCheck.hint(tryNext: "do better") != nil)
    }

    @Test func savingARehearsalReplacesItById() throws {
        var p = Portfolio(studentID: "x")
        var r = Rehearsal(partner: .peer, partnerName: "Zoë", totalSteps: 10)
        try PortfolioChange.saveRehearsal(r).apply(to: &p)
        r.currentStep = 4
        try PortfolioChange.saveRehearsal(r).apply(to: &p)
        #expect(p.rehearsals == [r])
    }
}

@Suite struct JournalIntoConferenceTests {
    @Test func iUsedToNowIDrawsOnTheEarliestAndLatestEntriesInASubject() {
        var p = Portfolio(studentID: "x")
        let day = { (d: String) in DemoClassroom.moment(Day(d)!) }
        p.journal = [
            JournalEntry(id: "1", date: day("2026-09-10"), subjectID: "math", starter: "Today, I struggled with…", words: "counting by 3s"),
            JournalEntry(id: "2", date: day("2026-10-01"), subjectID: "art", starter: "I am wondering…", words: "about blue"),
            JournalEntry(id: "3", date: day("2026-11-20"), subjectID: "math", starter: "Today, I succeeded by…", words: "skip counting fast"),
            JournalEntry(id: "4", date: day("2026-11-21"), subjectID: nil, starter: "Next time, I will…", words: "check my work"),
        ]
        let steps = ConferenceScript.steps(for: p, in: Classroom(name: "R", teacher: "T"))
        let usedTo = steps.first { $0.prompt == "I used to… Now I…" }
        #expect(usedTo?.cue == "Earlier you wrote: “Today, I struggled with… counting by 3s” · Lately: “Today, I succeeded by… skip counting fast”")
        #expect(steps.first { $0.prompt == "Next time, I will…" }?.cue == "You wrote: “check my work”")
        p.journal[0].deletedAt = Date()
        #expect(ConferenceScript.steps(for: p, in: Classroom(name: "R", teacher: "T")).first { $0.prompt == "I used to… Now I…" }?.cue == "",
                "an entry in the trash is not used")
    }
}
