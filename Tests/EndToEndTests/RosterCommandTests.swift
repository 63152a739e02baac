import Foundation
import Testing

/// The two exports a teacher really has, through the command line: a preview first that writes nothing, the
/// import, then the same files again changing nothing.
@Suite struct RosterCommandTests {
    static let rosters = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../LearnerLedCoreTests/Rosters").standardized.path

    func names(_ folder: TempFolder) throws -> [String] {
        try (folder.json("classroom.json")["roster"] as! [[String: Any]]).map { $0["displayName"] as! String }
    }

    @Test func bothExportsPreviewThenImportThenChangeNothingTheSecondTime() throws {
        let folder = TempFolder()
        try learnerled(["demo", "--data", folder.path])
        let before = try String(contentsOfFile: folder.file("classroom.json"), encoding: .utf8)
        let google = "\(Self.rosters)/google-classroom.csv", sis = "\(Self.rosters)/sis-export.csv"

        let preview = try learnerled(["roster", "import", "--dry-run", "--data", folder.path, google])
        #expect(preview.status == 0)
        #expect(preview.out.contains("José García"))
        #expect(preview.out.contains("2 to add · 2 to update. Nothing was written (--dry-run)."), "\(preview.out)")
        #expect(preview.out.split(separator: "\n").allSatisfy { $0.count <= 80 }, "the table fits 80 columns")
        #expect(try String(contentsOfFile: folder.file("classroom.json"), encoding: .utf8) == before, "a preview writes nothing")

        let added = try learnerled(["roster", "import", "--data", folder.path, google])
        #expect(added.status == 0 && added.out.contains("Added 2 students · updated 2."), "the demo has José and Zoë: \(added.out)")
        #expect(added.out.contains("José García (jose-garcia): email jose.garcia@school.example."))
        let school = try learnerled(["roster", "import", "--data", folder.path, sis])
        #expect(school.status == 0, "\(school.err)")
        #expect(school.out.contains("Added 1 student · updated 3."), "\(school.out)")
        let after = try String(contentsOfFile: folder.file("classroom.json"), encoding: .utf8)

        for file in [google, sis] {
            let again = try learnerled(["roster", "import", "--data", folder.path, file])
            #expect(again.status == 0)
            #expect(!again.out.contains("Added") && !again.out.contains("updated"), "\(again.out)")
        }
        #expect(try String(contentsOfFile: folder.file("classroom.json"), encoding: .utf8) == after, "importing again changes nothing")
        #expect(try names(folder).suffix(3) == ["Văn An Nguyễn", "美玲 Wang", "Danny O'Neil"])
        #expect(try names(folder).count == 13)
    }

    @Test func aRenameIsSaidAndAnUnreadableEncodingNamesTheOneToUse() throws {
        let folder = TempFolder()
        try learnerled(["demo", "--data", folder.path])
        let first = try learnerled(["roster", "import", "--data", folder.path, "\(Self.rosters)/sis-export.csv"])
        #expect(first.out.contains("No starters in Vietnamese (vi) yet: they use the English ones for now."),
                "one line says who keeps a language without starters")
        let renamed = try learnerled(["roster", "import", "--data", folder.path, "\(Self.rosters)/sis-export-renamed.csv"])
        #expect(renamed.out.contains("Danny O'Neil-Baker (danny-o-neil): renamed from Danny O'Neil."), "\(renamed.out)")
        let refused = try learnerled(["roster", "import", "--data", folder.path, "\(Self.rosters)/windows-1252.csv"])
        #expect(refused.status == 1)
        #expect(refused.err.contains("save it as “CSV UTF-8” or “Unicode text”"), "\(refused.err)")
    }

    @Test func helpReadsAsWritten() throws {
        let help = try learnerled(["roster", "import", "--help"], environment: ["COLUMNS": "200"])
        #expect(help.out.contains("student a row, separated by commas, semicolons or tabs"), "no line break mid-sentence")
        #expect(!help.out.contains("are\n"))
    }
}
