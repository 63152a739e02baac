import Foundation
import Testing
@testable import LearnerLedCore

@Suite struct RosterImportTests {
    let classroom = DemoClassroom.make().classroom

    @Test func quotedFieldsCommasBOMAndWindowsLineEndings() {
        let csv = "\u{FEFF}Name,ID,Preferred language,Family contact\r\n\"García, Ana\",ana-g,es,\"ana@example.org, 555-0100\"\r\n"
            + "Nguyễn Thị Mai,,,\r\n\"O'Neil \"\"Danny\"\"\",,en,\r\n美玲 Wang,,,\r\n"
        let result = RosterImport.read(csv, into: classroom)
        #expect(result.problems == [])
        #expect(result.students.map(\.displayName) == ["García, Ana", "Nguyễn Thị Mai", "O'Neil \"Danny\"", "美玲 Wang"])
        #expect(result.students.map(\.id) == ["ana-g", "nguyen-thi-mai", "o-neil-danny", "mei-ling-wang"])
        #expect(result.students[0].preferredLanguage == "es")
        #expect(result.students[0].familyContact == "ana@example.org, 555-0100")
        #expect(result.students[1].preferredLanguage == "en")
    }

    @Test func badRowsAreNamedByTheirLine() {
        let csv = "name,language,id\nAna,es,\n,en,\nBo,Klingonish,\nCy,,Bad Id!\n\"Dee\nDee\",,\nEd,,dup\nFi,,dup\n"
        let result = RosterImport.read(csv, into: classroom)
        #expect(result.problems.map(\.description) == [
            "line 3: no name",
            "line 4: unknown language “Klingonish”",
            "line 5: the id “bad id!” may use only a–z, 0–9 and -",
            "line 9: the id “dup” appears twice",
        ])
        #expect(result.students.map(\.displayName) == ["Ana", "Dee\nDee", "Ed"])
    }

    @Test func studentsAlreadyOnTheRosterAreNeverAddedTwice() throws {
        let csv = "Name,id\nZoë Müller,\nSomeone New,jose-garcia\nBrand New,\n"
        let result = RosterImport.read(csv, into: classroom)
        #expect(result.alreadyThere == ["Zoë Müller"])
        #expect(result.updates.map(\.id) == ["jose-garcia"], "our id wins: the name changed, the child did not")
        #expect(result.students.map(\.displayName) == ["Brand New"])
        var c = classroom
        try ClassroomChange.addStudents(result.students).apply(to: &c)
        try ClassroomChange.addStudents(result.students).apply(to: &c)
        #expect(c.roster.count == classroom.roster.count + 1)
    }

    @Test func aFileWithoutANameColumnSaysSo() {
        #expect(RosterImport.read("colour,size\nred,big\n", into: classroom).problems.map(\.description)
                == ["line 1: the header has no name column (e.g. “Name”, or “First Name” and “Last Name”); --columns name=… names one"])
    }
}

@Suite struct RosterSameNameTests {
    let classroom = DemoClassroom.make().classroom

    @Test func aNameAlreadyInTheClassIsTheSameChildUnlessTheTeacherSaysSecond() {
        let csv = "name\nZoe Muller\nChloé Dubois\nChloe Dubois\n"
        let same = RosterImport.read(csv, into: classroom)
        #expect(same.students.map(\.displayName) == ["Chloé Dubois"])
        #expect(same.sameName == ["Zoe Muller", "Chloe Dubois"], "accents and case aside, and twice in one file too")
        let second = RosterImport.read(csv, into: classroom, sameName: .second)
        #expect(second.students.map(\.id) == ["zoe-muller-2", "chloe-dubois", "chloe-dubois-2"])
        #expect(second.sameName.isEmpty)
    }
}
