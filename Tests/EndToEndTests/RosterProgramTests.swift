import Foundation
import Testing
import LearnerLedCore

/// A teacher who has never seen the program runs the class from it: no command line, no file touched by hand.
@Suite(.enabled(if: Tmux.available, "needs tmux (.ci/run installs it)"))
struct RosterProgramTests {
    @Test func aNewClassOfStudentsWithATypoFixedOneRemovedAndBroughtBack() throws {
        let folder = TempFolder()
        let tmux = try Tmux(width: 80, height: 24, arguments: ["--data", folder.path])
        try tmux.wait(for: "Start a new classroom")
        try tmux.keys("2")
        try tmux.type("Room 7")
        try tmux.keys("Escape")
        try tmux.wait(for: "Throw away what you typed?")
        try tmux.keys("n")
        try tmux.keys("Tab")
        try tmux.type("Ms. Okafor")
        try tmux.keys("Tab")
        try tmux.type("owl feathers")
        try tmux.keys("Tab")
        for name in ["Ana", "Bruno", "Chloé Dubios"] {
            try tmux.type(name)
            try tmux.keys("Enter")
        }
        try tmux.keys("BSpace", "BSpace", "BSpace", "BSpace")   // Chloé Dubios comes back to the line: fix it
        try tmux.type("ois")
        try tmux.keys("Enter", "Enter")
        try tmux.unlock(passphrase: "owl feathers", students: 3)
        try tmux.keys("a")
        try tmux.type("Dev Patel")
        try tmux.keys("Enter")
        try tmux.wait(for: "Added Dev Patel (id dev-patel)")
        try tmux.keys("a")
        try tmux.type("Emma Li")
        try tmux.keys("Enter")
        try tmux.wait(for: "Students (5)")
        try tmux.keys("Down", "e", "C-u")   // Bruno: a typo in the name
        try tmux.type("Bruna")
        try tmux.keys("Enter")
        try tmux.wait(for: "Bruna keeps the id bruno")
        try tmux.keys("d")
        try tmux.wait(for: "Students (4)")
        try tmux.keys("t")
        try tmux.wait(for: "Bruna (bruno) · taken off")
        try tmux.keys("r")
        try tmux.wait(for: "Bruna is back in the class")
        try tmux.keys("Escape")
        try tmux.wait(for: "Students (5)")
        try tmux.keys("q")
        try expectExit(tmux, 0)

        let classroom = try #require(try DocumentStore(readingOnly: folder.path).load(.classroom, as: Classroom.self).get())
        #expect(classroom.roster.map(\.id) == ["ana", "bruno", "chloe-dubois", "dev-patel", "emma-li"])
        #expect(classroom.roster.map(\.displayName) == ["Ana", "Bruna", "Chloé Dubois", "Dev Patel", "Emma Li"])
        #expect(classroom.name == "Room 7" && classroom.teacher == "Ms. Okafor")
    }

    @Test func aSchoolsExportImportedFromTheProgramAfterAPreview() throws {
        let folder = TempFolder()
        try learnerled(["demo", "--data", folder.path])
        let before = try String(contentsOfFile: folder.file("classroom.json"), encoding: .utf8)
        let sis = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../LearnerLedCoreTests/Rosters/sis-export.csv").standardized.path
        let tmux = try Tmux(width: 80, height: 24, arguments: ["--data", folder.path])
        try tmux.unlock(passphrase: "room12", students: 10)
        try tmux.keys("I")
        try tmux.wait(for: "Import a class list")
        try tmux.type(sis)
        try tmux.keys("Enter")
        try tmux.wait(for: "2 to add · 2 to update.")
        #expect(try String(contentsOfFile: folder.file("classroom.json"), encoding: .utf8) == before, "the preview wrote nothing")
        try tmux.keys("Enter")
        try tmux.wait(for: "Added 2 students · updated 2.")
        try tmux.wait(for: "Students (12)")
        try tmux.keys("q")
        try expectExit(tmux, 0)
        let classroom = try #require(try DocumentStore(readingOnly: folder.path).load(.classroom, as: Classroom.self).get())
        #expect(classroom.roster.suffix(2).map(\.displayName) == ["Văn An Nguyễn", "Danny O'Neil"])
        #expect(classroom.roster.compactMap(\.schoolID) == ["100231", "100232", "100233", "100234"])
    }
}
