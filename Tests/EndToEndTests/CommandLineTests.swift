import Foundation
import Testing
import LearnerLedCore

@Suite struct CommandLineTests {
    @Test func demoThenCheckIsClean() throws {
        let folder = TempFolder()
        let data = folder.file("class")
        let demo = try learnerled(["demo", "--data", data])
        #expect(demo.status == 0, "\(demo.err)")
        #expect(demo.out.contains("10 students"))
        let check = try learnerled(["check", "--data", data])
        #expect(check.status == 0, "\(check.out)\(check.err)")

        let classroom = try folder.json("class/classroom.json")
        let roster = classroom["roster"] as? [[String: Any]] ?? []
        let names = roster.compactMap { $0["displayName"] as? String }
        #expect(names.contains("José García") && names.contains("Nguyễn Văn An") && names.contains("美玲"))
        #expect((classroom["subjects"] as? [Any])?.count == 6)
        for entry in roster {
            let p = try folder.json("class/students/\(entry["id"] as! String).json")
            let artifacts = p["artifacts"] as? [[String: Any]] ?? []
            #expect((10...30).contains(artifacts.count))
            #expect(Set(artifacts.compactMap { ($0["date"] as? String)?.prefix(7) }).count >= 2, "spread across months")
        }
    }

    /// The common ways of opening the program are read without ArgumentParser (start-up speed); everything
    /// else, mistakes included, must still reach ArgumentParser and mean what `--help` says.
    @Test func theQuickStartAndArgumentParserAgree() throws {
        let folder = TempFolder()
        try learnerled(["demo", "--data", folder.path])
        for arguments in [["--data", folder.path, "--student", "nobody"], ["--data=\(folder.path)", "--student=nobody"],
                          ["open", "--student", "nobody", "--data", folder.path],
                          ["--theme", "ocean", "--data", folder.path, "--student", "nobody"]] {
            let run = try learnerled(arguments)
            #expect(run.status == 1, "\(arguments)")
            #expect(run.err.contains("there is no student \"nobody\" in \(folder.path)"), "\(arguments): \(run.err)")
        }
        for arguments in [["--data", folder.path, "--student"], ["--data", folder.path, "--colour", "blue"],
                          ["kiosk", "--data", folder.path, "--student", "nobody"],
                          ["--student", "-h"]] {
            let run = try learnerled(arguments)
            #expect(run.status != 0 && run.status != 1, "\(arguments): \(run.status)")
            #expect(run.err.contains("Error:") || run.out.contains("USAGE:"), "\(arguments): \(run.err)")
        }
    }

    @Test func demoRefusesToWriteOverData() throws {
        let folder = TempFolder()
        try learnerled(["demo", "--data", folder.path])
        let before = try Data(contentsOf: URL(fileURLWithPath: folder.file("classroom.json")))
        let again = try learnerled(["demo", "--data", folder.path])
        #expect(again.status != 0)
        #expect(again.err.contains("never writes over data"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder.file("classroom.json"))) == before)
    }

    @Test func syntheticClassHasTheSizeAsked() throws {
        let folder = TempFolder()
        let run = try learnerled(["demo", "--data", folder.path, "--students", "3", "--artifacts", "40"])
        #expect(run.status == 0)
        #expect(run.out.contains("3 students, 120 artifacts"))
        #expect(try learnerled(["check", "--data", folder.path]).status == 0)
    }

    @Test func checkNamesEachProblemAndNeverWrites() throws {
        let folder = TempFolder()
        try learnerled(["demo", "--data", folder.path])
        try Data("{ broken".utf8).write(to: URL(fileURLWithPath: folder.file("students/zoe-muller.json")))
        try Data(#"{"schemaVersion": 999, "revision": 1}"#.utf8).write(to: URL(fileURLWithPath: folder.file("students/yuki-tanaka.json")))
        chmod(folder.file("students/aarav-patel.json"), 0o644)
        let listing = try FileManager.default.subpathsOfDirectory(atPath: folder.path).sorted()
        let check = try learnerled(["check", "--data", folder.path])
        #expect(check.status == 1)
        let lines = check.out.split(separator: "\n").map(String.init)
        #expect(lines.contains("students/zoe-muller.json: cannot be read: not valid JSON"))
        #expect(lines.contains("students/yuki-tanaka.json: made by a newer LearnerLed (schemaVersion 999)"))
        #expect(lines.contains("students/aarav-patel.json: others can read it (mode 644; expected 600)"))
        #expect(lines.count == 3)
        #expect(try FileManager.default.subpathsOfDirectory(atPath: folder.path).sorted() == listing)
    }

    @Test func checkOnAMissingFolderFails() throws {
        let run = try learnerled(["check", "--data", "/nonexistent/learnerled-\(getpid())"])
        #expect(run.status == 1)
        #expect(run.out.contains("there is no data folder here"))
    }
}
