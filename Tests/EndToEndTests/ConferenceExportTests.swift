import Foundation
import Testing
@testable import LearnerLedCore

/// What the teacher keeps stays the teacher's: the family's pages never hold the notes; `export --teacher` and
/// `export --class` are the teacher's pages.
@Suite struct ConferenceExportTests {
    static let note = "Needed a moment at the graph"
    static let reflection = "Proud of his measuring; worried about reading"

    /// A demo class where Nguyễn Văn An's conference is done, with the teacher's notes about it.
    static func afterTheConference() throws -> TempFolder {
        let folder = TempFolder()
        try learnerled(["demo", "--data", folder.path])
        let store = try DocumentStore(root: folder.path)
        _ = store.update(.student("nguyen-van-an"), create: { Portfolio(studentID: "nguyen-van-an") }) { p throws(StoreError) in
            let first = p.chosen[0].id
            for change in [ConferenceChange.start(attendees: ["Bà", "Mẹ"], at: Date(timeIntervalSince1970: 1_795_000_000)),
                           .covered(artifactID: first, true), .questionUsed("What strategies did you use?", true),
                           .criterionSeen("voice", true),
                           .finish(nextSteps: ["Measure my room at home"], at: Date(timeIntervalSince1970: 1_795_001_080))] {
                try PortfolioChange.conference(change).apply(to: &p)
            }
        }
        _ = store.update(.teacherNotes("nguyen-van-an"), create: { TeacherNotes(studentID: "nguyen-van-an") }) { n throws(StoreError) in
            n.reflections = Self.reflection
            n.conferenceNotes = [TimedNote(at: Date(timeIntervalSince1970: 1_795_000_300), text: Self.note)]
        }
        return folder
    }

    @Test(arguments: ["md", "html", "txt"])
    func theFamilysSummaryNeverHoldsTheTeachersNotes(format: String) throws {
        let folder = try Self.afterTheConference()
        let family = try learnerled(["export", "--data", folder.path, "--student", "nguyen-van-an", "--format", format])
        #expect(family.status == 0)
        #expect(family.out.contains("Measure my room at home"), "the agreed next steps are the family's too")
        #expect(!family.out.contains(Self.note) && !family.out.contains("worried about reading"))
        let teacher = try learnerled(["export", "--data", folder.path, "--student", "nguyen-van-an", "--teacher", "--format", format])
        #expect(teacher.status == 0, "\(teacher.err)")
        for expected in [Self.note, "worried about reading", "What strategies did you use?", "for the teacher only", "(18 minutes)"] {
            #expect(teacher.out.contains(expected), "\(expected)")
        }
    }

    @Test func theClassSummaryAndWhatTheCommandRefuses() throws {
        let folder = try Self.afterTheConference()
        let summary = try learnerled(["export", "--data", folder.path, "--class", "--format", "txt"])
        #expect(summary.status == 0)
        #expect(summary.out.hasPrefix("Conferences — Room 12\n"))
        #expect(summary.out.contains("Done (1)") && summary.out.contains("  • Nguyễn Văn An · ") && summary.out.contains("Not yet (9)"))
        #expect(summary.out.contains("  • Measure my room at home"))
        #expect(!summary.out.contains(Self.note), "notes stay in the record of each child")
        let both = try learnerled(["export", "--data", folder.path, "--class", "--student", "zoe-muller"])
        #expect(both.status != 0 && both.err.contains("either --student <id> or --class"))
        let teacherAlone = try learnerled(["export", "--data", folder.path, "--teacher", "--class"])
        #expect(teacherAlone.status != 0 && teacherAlone.err.contains("--teacher writes one student's conference record"))
        // A teacher's notes file that cannot be read is said, not skipped.
        try Data("{ not json".utf8).write(to: URL(fileURLWithPath: folder.file("teacher/nguyen-van-an.json")))
        let broken = try learnerled(["export", "--data", folder.path, "--student", "nguyen-van-an", "--teacher"])
        #expect(broken.status == 1 && broken.err.contains("teacher/nguyen-van-an.json"))
    }
}
