import Foundation
import Testing
import LearnerLedCore
@testable import LearnerLedUI

/// The portfolio list's order: newest day first, then the latest moment, then (two made in the same second) the one
/// added later; grouped by the class's subjects in its order, or by month.
struct PortfolioRowsTests {
    static func artifact(_ id: String, _ subject: SubjectID, _ day: String, _ moment: TimeInterval) -> Artifact {
        Artifact(id: ArtifactID(id), title: id, subjectID: subject, date: Day(day)!, createdAt: Date(timeIntervalSince1970: moment))
    }

    static let artifacts = [
        artifact("z-first-made", "math", "2026-10-02", 1_000),
        artifact("a-made-with-it", "math", "2026-10-02", 1_000),   // the same second, added after: shown before
        artifact("m-later-that-day", "math", "2026-10-02", 5_000),
        artifact("older-day-made-last", "math", "2026-10-01", 9_000),
        artifact("september", "reading", "2026-09-30", 100),
        artifact("no-such-subject", "gym", "2026-11-01", 100),
    ]

    func shown(_ rows: [PortfolioRow]) -> [String] {
        rows.map {
            switch $0 {
            case .header(let title, let count): "# \(title) (\(count))"
            case .artifact(let id, let index): "\(id.rawValue)@\(index)"
            }
        }
    }

    @Test func bySubjectNewestFirst() throws {
        let classroom = try #require(DemoClassroom.make().classroom)
        let subjects = classroom.subjects.filter { ["math", "reading"].contains($0.id.rawValue) }
        let math = try #require(subjects.first { $0.id == "math" }), reading = try #require(subjects.first { $0.id == "reading" })
        let p = Portfolio(studentID: "zoe", artifacts: Self.artifacts)
        let rows = PortfolioRows.build(p, classroom: classroom, grouping: .subject, filter: "", .english)
        let mathFirst = classroom.subjects.firstIndex { $0.id == "math" }! < classroom.subjects.firstIndex { $0.id == "reading" }!
        let mathRows = ["# \(math.symbol) \(math.name) (4)", "m-later-that-day@2", "a-made-with-it@1", "z-first-made@0",
                        "older-day-made-last@3"]
        let readingRows = ["# \(reading.symbol) \(reading.name) (1)", "september@4"]
        #expect(shown(rows) == (mathFirst ? mathRows + readingRows : readingRows + mathRows) + ["# gym (1)", "no-such-subject@5"])
    }

    @Test func byMonthNewestFirst() {
        let p = Portfolio(studentID: "zoe", artifacts: Self.artifacts)
        let rows = shown(PortfolioRows.build(p, classroom: nil, grouping: .date, filter: "", .english))
        #expect(rows.filter { !$0.hasPrefix("#") } == ["no-such-subject@5", "m-later-that-day@2", "a-made-with-it@1", "z-first-made@0",
                                                      "older-day-made-last@3", "september@4"])
        #expect(rows.filter { $0.hasPrefix("#") }.map { $0.suffix(3) } == ["(1)", "(4)", "(1)"])
    }

    @Test func aFilterKeepsTheOrder() {
        let p = Portfolio(studentID: "zoe", artifacts: Self.artifacts)
        let rows = shown(PortfolioRows.build(p, classroom: nil, grouping: .date, filter: "MADE", .english))
        #expect(rows.filter { !$0.hasPrefix("#") } == ["a-made-with-it@1", "z-first-made@0", "older-day-made-last@3"])
    }
}
