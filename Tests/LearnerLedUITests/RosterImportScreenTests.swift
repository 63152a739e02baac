import Foundation
import Testing
import LearnerLedCore
import TerminalKit
@testable import LearnerLedUI

/// The teacher imports a school's class list from the program: the file named, a preview, then the import.
@Suite struct RosterImportScreenTests {
    static let sis = "Student_Number,Last_Name,First_Name,Grade_Level,Home_Language\n100231,García,José,3,Spanish\n"
        + "100232,Müller,Zoë,3,English\n100233,Nguyễn,Văn An,3,Vietnamese\n100234,O'Neil,Danny,3,English\n"

    @Test func namedThenPreviewedThenImportedAndTheSameFileAgainChangesNothing() throws {
        var s = Fixture.state()
        let before = try #require(s.classroom)
        press(&s, .character("I"))
        type(&s, "~/Downloads/roster.csv")
        let home = NSHomeDirectory()
        #expect(press(&s, .enter) == [.readRosterFile("\(home)/Downloads/roster.csv")], "~ is the teacher's home")
        send(&s, .rosterFileRead(.success(Self.sis)))
        let preview = try top(s, RosterPreviewScreen.self)
        #expect(preview.result.rows.map(\.outcome) == [.update(["school number 100231"]), .update(["school number 100232"]), .add, .add])
        #expect(render(s).text.contains("2 to add · 2 to update."))
        #expect(render(s).text.contains("No starters in Vietnamese (vi) yet"), "Văn An keeps vi; the class has en and es")
        #expect(s.classroom == before, "a preview writes nothing")

        let effects = press(&s, .enter)
        _ = try top(s, ClassListScreen.self)
        #expect(s.status?.text == "Added 2 students · updated 2.")
        #expect(s.classroom?.roster.suffix(2).map(\.displayName) == ["Văn An Nguyễn", "Danny O'Neil"])
        #expect(s.classroom?.student("jose-garcia")?.schoolID == "100231")
        #expect(effects.filter { if case .save = $0 { true } else { false } }.count == 3, "the new students, then José's and Zoë's numbers")

        let after = s.classroom
        press(&s, .character("I"))
        type(&s, "/tmp/roster.csv")
        press(&s, .enter)
        send(&s, .rosterFileRead(.success(Self.sis)))
        #expect(try top(s, RosterPreviewScreen.self).result.changes == [])
        #expect(press(&s, .enter) == [])
        #expect(s.classroom == after)
    }

    @Test func aPreviewFollowsAClassChangedInAnotherWindow() throws {
        var s = Fixture.state()
        press(&s, .character("I"))
        type(&s, "/tmp/roster.csv")
        press(&s, .enter)
        send(&s, .rosterFileRead(.success(Self.sis)))
        #expect(try top(s, RosterPreviewScreen.self).result.students.map(\.id) == ["van-an-nguyen", "danny-o-neil"])
        var elsewhere = try #require(s.classroom)
        elsewhere.allStudents.append(RosterEntry(id: "danny-o-neil", displayName: "Danny O'Neil"))
        send(&s, .classroomChanged(elsewhere))
        let preview = try top(s, RosterPreviewScreen.self)
        #expect(preview.result.students.map(\.id) == ["van-an-nguyen"], "Danny was added in the other window")
        #expect(preview.result.updates.map(\.id) == ["jose-garcia", "zoe-muller", "danny-o-neil"])
    }

    @Test func aFileThatCannotBeReadIsSaidOnTheFormWhichKeepsThePath() throws {
        var s = Fixture.state()
        press(&s, .character("I"))
        type(&s, "/tmp/roster.csv")
        press(&s, .enter)
        send(&s, .rosterFileRead(.failure(RosterImport.Problem(line: 0, message: "this file is not UTF-8 or UTF-16 text"))))
        let form = try top(s, RosterFileForm.self)
        #expect(form.error == "this file is not UTF-8 or UTF-16 text")
        #expect(form.path.text == "/tmp/roster.csv")
    }

    @Test func escFromThePreviewGoesBackToTheFileAndNToSecondChildren() throws {
        var s = Fixture.state()
        press(&s, .character("I"))
        type(&s, "/tmp/roster.csv")
        press(&s, .enter)
        send(&s, .rosterFileRead(.success("name\nZoë Müller\n")))
        #expect(try top(s, RosterPreviewScreen.self).result.sameName == ["Zoë Müller"])
        press(&s, .character("n"))
        #expect(try top(s, RosterPreviewScreen.self).result.students.map(\.id) == ["zoe-muller-2"])
        press(&s, .escape)
        #expect(try top(s, RosterFileForm.self).path.text == "/tmp/roster.csv")
    }

    @Test func thePreviewTableFitsEightyColumnsAndWrapsWhatItCannotFit() throws {
        let classroom = try #require(Fixture.state().classroom)
        let csv = "name,language\nAna,Klingonish\n美玲美玲美玲美玲美玲美玲美玲美玲美玲美玲美玲美玲美玲美玲美玲,zh\n"
        let lines = RosterPreview.lines(RosterImport.read(csv, into: classroom), width: 80)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 80 }, "\(lines)")
        #expect(lines.joined(separator: "\n").contains("language “Klingonish”"), "the reason is never cut")
        #expect(lines.count == 4, "a header, the bad row on two lines, the added one")
    }
}
