import Foundation
import Testing
import LearnerLedCore

/// The teachers' command-line helpers and the pages for families, end to end on a temp folder.
@Suite struct FamilyCommandTests {
    static let snapshots = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

    func expectSnapshot(_ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let path = Self.snapshots.appendingPathComponent(name).path
        let record = ProcessInfo.processInfo.environment["LEARNERLED_RECORD"] == "1"
        guard !record, let expected = try? String(contentsOfFile: path, encoding: .utf8) else {
            try? text.write(toFile: path, atomically: true, encoding: .utf8)
            if !record { Issue.record("Recorded a new snapshot \(name); check it and run again.", sourceLocation: sourceLocation) }
            return
        }
        #expect(text == expected, "\(name) differs; LEARNERLED_RECORD=1 re-records", sourceLocation: sourceLocation)
    }

    @Test func rosterImportRefusesABadFileThenSkipsItsBadRowsOnRequest() throws {
        let folder = TempFolder()
        try learnerled(["demo", "--data", folder.path])
        let csv = folder.file("roster.csv")
        try Data("\u{FEFF}Name,Language\r\n\"García, Ana\",es\r\n,en\r\nZoë Müller,\r\n".utf8).write(to: URL(fileURLWithPath: csv))
        let refused = try learnerled(["roster", "import", csv, "--data", folder.path])
        #expect(refused.status == 1)
        #expect(refused.err.contains("line 3: no name"))
        #expect(refused.err.contains("Nothing imported"))
        let store = DocumentStore(readingOnly: folder.path)
        #expect(try store.load(.classroom, as: Classroom.self).get()?.roster.count == 10)
        let run = try learnerled(["roster", "import", csv, "--data", folder.path, "--skip-bad"])
        #expect(run.status == 0)
        #expect(run.out.contains("Added 1 student · 1 unchanged · 1 bad row skipped."), "\(run.out)")
        let roster = try #require(try store.load(.classroom, as: Classroom.self).get()).roster
        #expect(roster.count == 11)
        #expect(roster.last == RosterEntry(id: "garcia-ana", displayName: "García, Ana", preferredLanguage: "es"))
    }

    @Test func artifactAddAndListShareTheStore() throws {
        let folder = TempFolder()
        try learnerled(["demo", "--data", folder.path])
        let add = try learnerled(["artifact", "add", "--data", folder.path, "--student", "zoe-muller", "--subject", "Math",
                                  "--title", "Fractions ½ — José's poster 学生", "--kind", "project", "--date", "2026-11-20",
                                  "--file", "photos/poster.jpg"])
        #expect(add.status == 0, "\(add.err)")
        let list = try learnerled(["list", "artifacts", "--data", folder.path, "--student", "zoe-muller", "--json"])
        let rows = try JSONSerialization.jsonObject(with: Data(list.out.utf8)) as? [[String: Any]] ?? []
        #expect(rows.count == 11)
        #expect(rows.allSatisfy { $0["student"] as? String == "zoe-muller" })
        let added = try #require(rows.first { $0["title"] as? String == "Fractions ½ — José's poster 学生" })
        #expect(added["subject"] as? String == "math" && added["date"] as? String == "2026-11-20")
        #expect(added["location"] as? String == "photos/poster.jpg")
        let students = try learnerled(["list", "students", "--data", folder.path, "--json"])
        let srows = try JSONSerialization.jsonObject(with: Data(students.out.utf8)) as? [[String: Any]] ?? []
        #expect(srows.first { $0["id"] as? String == "zoe-muller" }?["artifacts"] as? Int == 11)
        let bad = try learnerled(["artifact", "add", "--data", folder.path, "--student", "zoe-muller", "--subject", "Music", "--title", "x"])
        #expect(bad.status == 1 && bad.err.contains("no subject “Music”"))
        let nobody = try learnerled(["artifact", "add", "--data", folder.path, "--student", "nobody", "--subject", "math", "--title", "x"])
        #expect(nobody.status == 1 && nobody.err.contains("there is no student \"nobody\""))
        for command in [["roster", "import"], ["artifact", "add"], ["list"], ["export"], ["handout"], ["demo"], ["check"]] {
            #expect(try learnerled(command + ["--help"]).status == 0, "\(command)")
        }
    }

    @Test(arguments: ["md", "html", "txt"])
    func exportsOfAConferenceSummary(format: String) throws {
        let folder = TempFolder()
        try learnerled(["demo", "--data", folder.path])
        let run = try learnerled(["export", "--data", folder.path, "--student", "jose-garcia", "--format", format])
        #expect(run.status == 0, "\(run.err)")
        expectSnapshot(run.out, "export-jose.\(format)")
        switch format {
        case "html":
            #expect(!run.out.contains("src=") && !run.out.contains("href=") && !run.out.contains("<script") && !run.out.contains("@import"),
                    "one self-contained page")
        case "txt":
            #expect(run.out.split(separator: "\n").allSatisfy { DisplayWidthProbe.columns(String($0)) <= 80 })
        default:
            break
        }
    }

    @Test func userTextIsEscapedInHTML() throws {
        let folder = TempFolder()
        try learnerled(["demo", "--data", folder.path])
        try learnerled(["artifact", "add", "--data", folder.path, "--student", "liam-o-brien", "--subject", "art",
                        "--title", "<script>alert(1)</script>", "--date", "2026-11-02"])
        var p = try #require(try DocumentStore(readingOnly: folder.path).load(.student("liam-o-brien"), as: Portfolio.self).get())
        let i = try #require(p.artifacts.firstIndex { $0.title.hasPrefix("<script>") })
        let store = try DocumentStore(root: folder.path)
        _ = store.update(.student("liam-o-brien"), create: { p }) { doc throws(StoreError) in
            doc.artifacts[i].stickyNote = StickyNote(reason: .strength, words: "\"quotes\" & <tags>", order: 0)
        }
        p = try #require(try store.load(.student("liam-o-brien"), as: Portfolio.self).get())
        let run = try learnerled(["export", "--data", folder.path, "--student", "liam-o-brien", "--format", "html"])
        #expect(!run.out.contains("<script>alert"))
        #expect(run.out.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(run.out.contains("&quot;quotes&quot; &amp; &lt;tags&gt;"))
    }

    @Test(arguments: ["en", "es"])
    func theHandoutInEachLanguage(language: String) throws {
        let folder = TempFolder()
        let out = folder.file("handout.html")
        let run = try learnerled(["handout", "--language", language, "--format", "html", "--out", out])
        #expect(run.status == 0)
        let html = try String(contentsOfFile: out, encoding: .utf8)
        #expect(html.contains(language == "es" ? "Guarde el teléfono" : "Put phones away"))
        #expect(html.contains(language == "es" ? "Deje que su hijo o hija dirija" : "Let your child lead"))
        #expect(html.contains("<html lang=\"\(language)\">") && html.contains("<li>"))
        let txt = try learnerled(["handout", "--language", language, "--format", "txt"])
        expectSnapshot(txt.out, "handout-\(language).txt")
        #expect(try learnerled(["handout", "--language", "fr"]).status != 0)
    }
}

@Suite struct ScheduleCommandTests {
    @Test func theScheduleIsPrintedByDayInTimeOrder() throws {
        let folder = TempFolder()
        try learnerled(["demo", "--data", folder.path])
        let store = try DocumentStore(root: folder.path)
        for (student, day, time, family) in [("zoe-muller", "2026-12-02", "15:40", ["Mutti"]), ("jose-garcia", "2026-12-02", "9:20", ["Mamá", "Papá"]),
                                             ("mei-ling", "2026-12-01", "16:00", [])] {
            _ = store.update(.classroom, create: { DemoClassroom.make().classroom }) { c throws(StoreError) in
                try ClassroomChange.schedule(studentID: StudentID(student), ScheduledConference(day: Day(day)!, time: time, studentID: StudentID(student), family: family)).apply(to: &c)
            }
        }
        let run = try learnerled(["schedule", "--data", folder.path, "--format", "txt"])
        #expect(run.status == 0)
        #expect(run.out == """
        Conference schedule — Room 12
        =============================
        Ms. Rivera · 20 minutes each, one family at a time

        December 1, 2026
        ----------------
          • 16:00  美玲

        December 2, 2026
        ----------------
          • 9:20  José García — Mamá, Papá
          • 15:40  Zoë Müller — Mutti

        """)
        #expect(try learnerled(["schedule", "--data", folder.path, "--format", "html"]).out.contains("<h2>December 2, 2026</h2>"))
        let spanish = try learnerled(["schedule", "--data", folder.path, "--format", "txt", "--language", "es"]).out
        #expect(spanish.hasPrefix("Horario de las conferencias — Room 12\n"))
        #expect(spanish.contains("20 minutos cada una, una familia a la vez") && spanish.contains("2 de diciembre de 2026"))
    }
}
