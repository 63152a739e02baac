import Foundation
import Glibc
import Testing
import LearnerLedCore

/// Reproductions from the outside battery (issue 16), each as the command a person or a script would run.
@Suite struct HardeningTests {
    func write(_ object: [String: Any], to path: String) throws {
        try JSONSerialization.data(withJSONObject: object).write(to: URL(fileURLWithPath: path))
        chmod(path, 0o600)
    }

    @Test func fieldsAddedByAScriptSurviveArtifactAdd() throws {
        let folder = TempFolder()
        try learnerled(["demo", "--data", folder.path])
        var p = try folder.json("students/zoe-muller.json")
        p["addedByScript"] = ["house": "Blue", "laptop": 12]
        var artifacts = p["artifacts"] as! [[String: Any]]
        artifacts[0]["scannedPage"] = "scan-0001.pdf"
        p["artifacts"] = artifacts
        try write(p, to: folder.file("students/zoe-muller.json"))
        var c = try folder.json("classroom.json")
        c["schoolCode"] = "R12-2026"
        try write(c, to: folder.file("classroom.json"))

        let add = try learnerled(["artifact", "add", "--data", folder.path, "--student", "zoe-muller", "--subject", "math",
                                  "--title", "Tangram", "--date", "2026-11-20"])
        #expect(add.status == 0, "\(add.err)")
        let after = try folder.json("students/zoe-muller.json")
        #expect((after["addedByScript"] as? [String: Any])?["house"] as? String == "Blue")
        #expect((after["artifacts"] as! [[String: Any]]).contains { $0["scannedPage"] as? String == "scan-0001.pdf" })
        #expect((after["artifacts"] as! [[String: Any]]).contains { $0["title"] as? String == "Tangram" })
        #expect(after["schemaVersion"] as? Int == 2)

        let csv = folder.file("more.csv")
        try "name\nNew Child\n".write(toFile: csv, atomically: true, encoding: .utf8)
        let roster = try learnerled(["roster", "import", "--data", folder.path, csv])
        #expect(roster.status == 0, "\(roster.err)")
        #expect(try folder.json("classroom.json")["schoolCode"] as? String == "R12-2026")
    }
}
