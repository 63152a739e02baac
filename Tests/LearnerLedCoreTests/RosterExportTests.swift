import Foundation
import Testing
@testable import LearnerLedCore

/// Class lists as schools really export them, kept in Rosters/: each header style, each separator, UTF-16, and a
/// re-import after the school's system renamed a child.
@Suite struct RosterExportTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Rosters")

    var empty: Classroom {
        var c = DemoClassroom.make().classroom
        c.allStudents = []
        return c
    }

    func read(_ file: String, into classroom: Classroom, sameName: RosterImport.SameName = .same) throws -> RosterImport.Result {
        let data = try Data(contentsOf: Self.folder.appendingPathComponent(file))
        return RosterImport.read(try RosterText.decode(data).get(), into: classroom, sameName: sameName)
    }

    func imported(_ result: RosterImport.Result, into classroom: Classroom) throws -> Classroom {
        #expect(result.problems == [])
        var c = classroom
        for change in result.changes { try change.apply(to: &c) }
        return c
    }

    struct Line: Equatable, CustomStringConvertible {
        var id, name, language: String
        var schoolID, email, contact: String?
        var description: String { "\(id) \(name) \(language) \(schoolID ?? "-") \(email ?? "-") \(contact ?? "-")" }
    }

    func lines(_ c: Classroom) -> [Line] {
        c.allStudents.map { Line(id: $0.id.rawValue, name: $0.displayName, language: $0.preferredLanguage, schoolID: $0.schoolID,
                                 email: $0.email, contact: $0.familyContact) }
    }

    @Test func googleClassroomLastFirstAndEmailWithABOM() throws {
        let c = try imported(try read("google-classroom.csv", into: empty), into: empty)
        #expect(lines(c) == [
            Line(id: "jose-garcia", name: "José García", language: "en", email: "jose.garcia@school.example"),
            Line(id: "zoe-muller", name: "Zoë Müller", language: "en", email: "zoe.muller@school.example"),
            Line(id: "van-an-nguyen", name: "Văn An Nguyễn", language: "en", email: "an.nguyen@school.example"),
            Line(id: "mei-ling-wang", name: "美玲 Wang", language: "en", email: "meiling.wang@school.example"),
        ])
        let again = try read("google-classroom.csv", into: c)
        #expect(again.changes == [], "importing the same file again changes nothing")
        #expect(again.alreadyThere.count == 4)
    }

    @Test func aSchoolSystemsExportWithNumbersAndLanguageNames() throws {
        let c = try imported(try read("sis-export.csv", into: empty), into: empty)
        #expect(lines(c) == [
            Line(id: "jose-garcia", name: "José García", language: "es", schoolID: "100231"),
            Line(id: "zoe-muller", name: "Zoë Müller", language: "en", schoolID: "100232"),
            Line(id: "van-an-nguyen", name: "Văn An Nguyễn", language: "vi", schoolID: "100233"),
            Line(id: "danny-o-neil", name: "Danny O'Neil", language: "en", schoolID: "100234"),
        ])
        #expect(try read("sis-export.csv", into: c).changes == [])
    }

    @Test func aRenameInTheSchoolsSystemRenamesTheStudentAndKeepsTheID() throws {
        let before = try imported(try read("sis-export.csv", into: empty), into: empty)
        let result = try read("sis-export-renamed.csv", into: before)
        #expect(result.students == [])
        #expect(result.rows.map(\.outcome) == [.same, .update(["language es"]), .same, .update(["renamed from Danny O'Neil"])])
        let after = try imported(result, into: before)
        #expect(lines(after).map(\.description) == [
            "jose-garcia José García es 100231 - -",
            "zoe-muller Zoë Müller es 100232 - -",
            "van-an-nguyen Văn An Nguyễn vi 100233 - -",
            "danny-o-neil Danny O'Neil-Baker en 100234 - -",
        ])
    }

    @Test func aSchoolExportAfterAGoogleClassroomOneMatchesByName() throws {
        let google = try imported(try read("google-classroom.csv", into: empty), into: empty)
        let result = try read("sis-export.csv", into: google)
        #expect(result.students.map(\.displayName) == ["Danny O'Neil"], "the three already there gain their numbers instead")
        let after = try imported(result, into: google)
        #expect(after.allStudents.map(\.schoolID) == ["100231", "100232", "100233", nil, "100234"])
        #expect(after.allStudents.map(\.email?.isEmpty) == [false, false, false, false, nil], "emails kept")
    }

    @Test func semicolonsAndOneApellidoNombreColumn() throws {
        let c = try imported(try read("semicolon-spanish.csv", into: empty), into: empty)
        #expect(lines(c) == [
            Line(id: "jose-garcia", name: "José García", language: "es", email: "jose.garcia@school.example"),
            Line(id: "maria-perez-lopez", name: "María Pérez López", language: "es", email: "maria.perez@school.example"),
        ])
    }

    @Test func utf16UnicodeTextWithTabs() throws {
        let c = try imported(try read("unicode-text.txt", into: empty), into: empty)
        #expect(lines(c) == [
            Line(id: "jose-garcia", name: "José García", language: "es", contact: "María García, 555-0100"),
            Line(id: "mei-ling-wang", name: "美玲 Wang", language: "zh"),
            Line(id: "nguyen-van-an", name: "Nguyễn Văn An", language: "vi"),
        ])
    }

    @Test func anotherEncodingIsRefusedWithTheOneToSaveAs() throws {
        let data = try Data(contentsOf: Self.folder.appendingPathComponent("windows-1252.csv"))
        #expect(throws: RosterImport.Problem.self) { try RosterText.decode(data).get() }
        if case .failure(let problem) = RosterText.decode(data) {
            #expect(problem.message.contains("CSV UTF-8"))
        }
    }

    @Test func utf16EitherWayRoundWithItsMarkAndRefusedWithout() throws {
        let text = "Name,Language\nJosé,Español\n"
        for data in [Data([0xFE, 0xFF]) + text.data(using: .utf16BigEndian)!, Data([0xFF, 0xFE]) + text.data(using: .utf16LittleEndian)!] {
            #expect(try RosterText.decode(data).get() == text)
        }
        #expect(throws: RosterImport.Problem.self) { try RosterText.decode("Name\nAna\n".data(using: .utf16LittleEndian)!).get() }
    }

    @Test func aFormerStudentListedAgainIsReportedNotAddedTwice() throws {
        var c = try imported(try read("sis-export.csv", into: empty), into: empty)
        try ClassroomChange.removeStudent("zoe-muller", at: Date(timeIntervalSince1970: 0)).apply(to: &c)
        let result = try read("sis-export.csv", into: c)
        #expect(result.formers.map(\.id) == ["zoe-muller"])
        #expect(result.changes == [])
    }

    @Test func twoChildrenWithOneNameAndNothingElseAreAskedAboutNeverMerged() throws {
        var c = empty
        c.allStudents = [RosterEntry(id: "ana-garcia", displayName: "Ana García")]
        let csv = "Name\nAna García\n"
        #expect(RosterImport.read(csv, into: c).sameName == ["Ana García"])
        #expect(RosterImport.read(csv, into: c).changes == [])
        #expect(RosterImport.read(csv, into: c, sameName: .second).students.map(\.id) == ["ana-garcia-2"])
        let numbered = "Student Number,First Name,Last Name\n1,Ana,García\n2,Ana,García\n"
        #expect(RosterImport.read(numbered, into: empty).students.map(\.id) == ["ana-garcia", "ana-garcia-2"],
                "different school numbers are different children")
    }

    @Test func headersInEitherOrderCaseAndUnderscoresAside() throws {
        for header in ["first name,last name", "FIRST_NAME,LAST_NAME", "Given Name,Surname", "nombre,apellido"] {
            let result = RosterImport.read("\(header)\nJosé,García\n", into: empty)
            #expect(result.students.map(\.displayName) == ["José García"], "\(header)")
        }
        #expect(RosterImport.read("Family Name,Given Name\nGarcía,José\n", into: empty).students.map(\.displayName) == ["José García"])
        #expect(RosterImport.read("\"Last, First\"\n\"García, José\"\n", into: empty).students.map(\.displayName) == ["José García"])
    }

    @Test func aStudentNamedTwiceInOneFileIsABadRowNotTwoUpdates() throws {
        let c = try imported(try read("google-classroom.csv", into: empty), into: empty)
        let csv = "Email,Name\njose.garcia@school.example,José García\njose.garcia@school.example,Pepe García\n"
        let result = RosterImport.read(csv, into: c)
        #expect(result.problems.map(\.description) == ["line 3: José García (jose-garcia) is already on line 2"])
        #expect(result.changes == [])
    }

    @Test func aBareIDOfDigitsIsTheSchoolsNumber() {
        let result = RosterImport.read("ID,Name\n100231,José García\nana-g,Ana García\n", into: empty)
        #expect(result.students.map(\.id) == ["jose-garcia", "ana-g"])
        #expect(result.students.map(\.schoolID) == ["100231", nil])
    }

    @Test func columnsTheGuessDoesNotKnowAreNamedByTheTeacher() throws {
        let csv = "Pupil,Home Lang\nJosé García,Español\n"
        #expect(RosterImport.read(csv, into: empty).problems.first?.message.contains("--columns") == true)
        let mapping = try RosterColumns.mapping("name=Pupil, language=home lang")
        let result = RosterImport.read(csv, into: empty, columns: mapping)
        #expect(result.students.map(\.displayName) == ["José García"])
        #expect(result.students.map(\.preferredLanguage) == ["es"])
    }

    @Test func languagesByCodeEnglishNameOrTheirOwnName() {
        #expect(["es", "Spanish", "Español", "ESPAÑOL", "espanol"].map(RosterLanguage.code) == Array(repeating: "es", count: 5))
        #expect(["vi", "Vietnamese", "Tiếng Việt"].map(RosterLanguage.code) == ["vi", "vi", "vi"])
        #expect(RosterLanguage.code("Klingonish") == nil)
        #expect(RosterLanguage.code("xx") == nil)
    }
}
