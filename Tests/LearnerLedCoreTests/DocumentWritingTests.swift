import Foundation
import JSONReading
import Testing
@testable import LearnerLedCore

/// The store writes its documents with `JSONWriter`; every file must come out as JSONEncoder wrote it before, byte
/// for byte, so that nothing on disk changes with the writer.
struct DocumentWritingTests {
    static func expectSame<D: StoredDocument>(_ doc: D, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let written = try DocumentCoding.encode(doc, file: what)
        let expected = try DocumentCoding.encoder.encode(doc)
        #expect(written == expected, "\(what) is written otherwise", sourceLocation: sourceLocation)
        #expect(try JSONWriter(fastPaths: FastWrites.all).encode(doc) == written, "\(what) went to JSONEncoder",
                sourceLocation: sourceLocation)
        #expect(try JSONWriter().encode(doc) == written, "\(what) through Codable alone", sourceLocation: sourceLocation)
    }

    @Test func everyDemoDocumentIsWrittenAsJSONEncoderWroteIt() throws {
        let demo = DemoClassroom.make()
        try Self.expectSame(demo.classroom, "the demo's classroom")
        for portfolio in demo.portfolios { try Self.expectSame(portfolio, "\(portfolio.studentID)'s portfolio") }
        let synthetic = SyntheticClassroom.make(students: 2, artifacts: 300)
        try Self.expectSame(synthetic.classroom, "the synthetic classroom")
        for portfolio in synthetic.portfolios { try Self.expectSame(portfolio, "\(portfolio.studentID)'s synthetic portfolio") }
    }

    @Test func everyFieldOfEveryKindOfDocument() throws {
        var portfolio = Portfolio(studentID: "zoe")
        portfolio.artifacts = [FastReadTests.everything, Artifact(id: "a2", title: "", subjectID: "math", date: Day("2026-09-01")!)]
        try Self.expectSame(portfolio, "a portfolio with every artifact field")
        try Self.expectSame(FastReadTests.access, "access with pictures and lockouts")
        try Self.expectSame(FastReadTests.classroom, "a classroom with every field")
        let notes = TeacherNotes(studentID: "zoe", reflections: "Habla con confianza — 美玲\n\"quoted\" \\ /",
                                 pinnedQuestions: ["¿Por qué?", ""],
                                 conferenceNotes: [TimedNote(at: Date(timeIntervalSince1970: 1_795_000_000.5), text: "tab\there")])
        try Self.expectSame(notes, "teacher notes")
        try Self.expectSame(TeacherNotes(studentID: "empty"), "empty teacher notes")
    }

    /// A document JSONWriter would not write as JSONEncoder does (a date before 1583, in the Julian calendar there)
    /// is written by JSONEncoder, not refused.
    @Test func whatJSONWriterRefusesJSONEncoderWrites() throws {
        var portfolio = Portfolio(studentID: "zoe")
        portfolio.artifacts = [Artifact(id: "old", title: "A map from 1500", subjectID: "social", date: Day("2026-09-01")!,
                                        createdAt: Date(timeIntervalSince1970: -14_831_769_600))]
        #expect(throws: JSONWriter.Unsupported.self) { try JSONWriter().encode(portfolio) }
        #expect(try DocumentCoding.encode(portfolio, file: "zoe") == (try DocumentCoding.encoder.encode(portfolio)))
    }
}
