import Foundation
import Testing
import LearnerLedCore

@Suite struct PortfolioChangeTests {
    let base = Artifact(id: "a", title: "Poster", subjectID: "math", date: Day("2026-10-01")!, description: "old",
                        createdAt: Date(timeIntervalSince1970: 0))

    func portfolio(_ artifacts: Artifact...) -> Portfolio { Portfolio(studentID: "s", artifacts: artifacts) }

    @Test func editsOfDifferentFieldsInTwoWindowsBothLand() throws {
        var mine = base
        mine.title = "Fractions poster"
        var theirs = base
        theirs.description = "new words from the other window"
        var p = portfolio(theirs)
        try PortfolioChange.updateArtifact(mine, base: base).apply(to: &p)
        #expect(p.artifacts[0].title == "Fractions poster")
        #expect(p.artifacts[0].description == "new words from the other window")
    }

    @Test func editsOfTheSameFieldConflict() {
        var mine = base
        mine.title = "Mine"
        var theirs = base
        theirs.title = "Theirs"
        var p = portfolio(theirs)
        #expect(throws: StoreError.conflict(file: "students/s.json", reason: "someone changed the same thing in another window")) {
            try PortfolioChange.updateArtifact(mine, base: base).apply(to: &p)
        }
        #expect(p.artifacts[0].title == "Theirs")
    }

    @Test func retryingAChangeDoesNotDuplicateIt() throws {
        var p = portfolio()
        let add = PortfolioChange.addArtifact(base)
        try add.apply(to: &p)
        try add.apply(to: &p)
        #expect(p.artifacts.count == 1)
        let trash = PortfolioChange.trashArtifact(id: "a", at: Date(timeIntervalSince1970: 5))
        try trash.apply(to: &p)
        try trash.apply(to: &p)
        #expect(p.artifacts.isEmpty && p.trash.count == 1 && p.trash[0].deletedAt == Date(timeIntervalSince1970: 5))
    }

    @Test func everyChangeHasAnInverse() throws {
        var edited = base
        edited.title = "New"
        let start = portfolio(base)
        for change in [PortfolioChange.addArtifact(Artifact(id: "b", title: "B", subjectID: "art", date: Day("2026-10-02")!)),
                       .updateArtifact(edited, base: base), .trashArtifact(id: "a", at: Date()),
                       .setCover(Cover(themeName: "ocean", title: "Mine", symbol: "🐬"), base: Cover())] {
            var p = start
            try change.apply(to: &p)
            let inverse = try #require(change.inverse(before: start))
            try inverse.apply(to: &p)
            #expect(p.artifacts.map(\.id) == start.artifacts.map(\.id), "\(change)")
            #expect(p.artifacts.map(\.title) == start.artifacts.map(\.title))
            #expect(p.cover == start.cover)
        }
    }

    @Test func editingSomethingDeletedElsewhereIsAConflict() {
        var p = portfolio()
        #expect(throws: StoreError.self) { try PortfolioChange.updateArtifact(base, base: base).apply(to: &p) }
    }
}
