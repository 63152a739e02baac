import Foundation
import Testing
@testable import LearnerLedCore

@Suite struct BoundaryCheckTests {
    func portfolio(_ notes: [(subject: String, reason: StickyNote.Reason?)]) -> Portfolio {
        var p = Portfolio(studentID: "s")
        for (i, n) in notes.enumerated() {
            var a = Artifact(id: "a\(i)", title: "A\(i)", subjectID: SubjectID(n.subject), date: Day("2026-10-01")!)
            a.stickyNote = n.reason.map { StickyNote(reason: $0, order: i) }
            p.artifacts.append(a)
        }
        return p
    }

    @Test func noNotesYetAsksForStrengthAndChallenge() {
        let c = Classroom(name: "R", teacher: "T")
        let unmet = BoundaryCheck.unmet(for: portfolio([("math", nil)]), in: c)
        #expect(unmet == ["Add one artifact that shows a strength.", "Add one artifact that shows a challenge."])
    }

    @Test func tooManyInOneSubjectNamesTheSubjectAndTheCount() {
        let c = Classroom(name: "R", teacher: "T")
        let p = portfolio([("math", .strength), ("math", .challenge), ("math", .strength), ("art", .strength)])
        let results = BoundaryCheck.results(for: p, in: c)
        #expect(results.first == RuleResult(rule: .maxPerSubject(subjectID: "math"), isMet: false,
                                            message: "You have 3 Math notes. Choose at most 2."))
        #expect(BoundaryCheck.unmet(for: p, in: c) == ["You have 3 Math notes. Choose at most 2."])
    }

    @Test func twoSubjectsOverTheLimitGiveTwoSentences() {
        let c = Classroom(name: "R", teacher: "T")
        let p = portfolio([("math", .strength), ("math", .challenge), ("math", .strength),
                           ("art", .strength), ("art", .strength), ("art", .strength)])
        #expect(BoundaryCheck.unmet(for: p, in: c) == [
            "You have 3 Math notes. Choose at most 2.", "You have 3 Art notes. Choose at most 2."])
    }

    @Test func allRulesMetTicksEveryRule() {
        var c = Classroom(name: "R", teacher: "T")
        c.boundaries = Boundaries(maxPerSubject: 2, minTotal: 2, maxTotal: 4, requireStrengthAndChallenge: true,
                                  requiredSubjects: ["reading"])
        let p = portfolio([("math", .strength), ("reading", .challenge)])
        let results = BoundaryCheck.results(for: p, in: c)
        #expect(results.allSatisfy { $0.isMet })
        #expect(results.map(\.message) == [
            "At most 2 artifacts from each subject.", "At least 2 artifacts chosen.", "At most 4 artifacts in all.",
            "One artifact shows a strength.", "One artifact shows a challenge.", "You chose a Reading artifact.",
        ])
    }

    @Test func totalsAreCheckedBothWays() {
        var c = Classroom(name: "R", teacher: "T")
        c.boundaries = Boundaries(minTotal: 3, maxTotal: 4)
        #expect(BoundaryCheck.unmet(for: portfolio([]), in: c) == ["Put sticky notes on at least 3 artifacts you want to share."])
        #expect(BoundaryCheck.unmet(for: portfolio([("math", .strength)]), in: c) == ["You have 1 artifact. Choose at least 3."])
        let five = portfolio(Array(repeating: ("math", .strength), count: 5))
        #expect(BoundaryCheck.unmet(for: five, in: c) == ["You have 5 artifacts. Choose at most 4."])
    }

    @Test func requiredSubjectWithNoArtifactsSaysToAskTheTeacher() {
        var c = Classroom(name: "R", teacher: "T")
        c.boundaries = Boundaries(requiredSubjects: ["science", "art"])
        let p = portfolio([("math", .strength), ("art", nil)])
        #expect(BoundaryCheck.unmet(for: p, in: c) == [
            "You need a Science artifact, but you have none yet. Ask your teacher.",
            "Add one Art artifact.",
        ])
    }

    @Test func noRulesMeansNothingToMeet() {
        var c = Classroom(name: "R", teacher: "T")
        c.boundaries = Boundaries()
        #expect(BoundaryCheck.results(for: portfolio([("math", .strength)]), in: c).isEmpty)
    }
}
