import Foundation
import Testing
@testable import LearnerLedCore

/// A field this version does not know — a newer LearnerLed's, a teacher's script's — survives every save.
@Suite struct UnknownFieldsTests {
    /// A student file as a newer version might write it: new fields at the top, in an artifact, in a sticky note,
    /// in a journal entry, and one whose value is an object.
    func fileWithFieldsFromTheFuture(_ folder: TempFolder) throws {
        let store = try DocumentStore(root: folder.path)
        var p = Portfolio(studentID: "zoe")
        p.artifacts = [Artifact(id: "a1", title: "Poster", subjectID: "math", date: Day("2026-11-01")!),
                       Artifact(id: "a2", title: "Graph", subjectID: "math", date: Day("2026-11-02")!)]
        p.artifacts[0].stickyNote = StickyNote(reason: .strength, words: "mine", order: 0)
        p.journal = [JournalEntry(id: "j1", starter: "I am wondering…", words: "why")]
        _ = try store.create(.student("zoe"), p).get()
        var tree = try #require(try JSONSerialization.jsonObject(with: folder.bytes("students/zoe.json")!) as? [String: Any])
        tree["signIn"] = ["pictures": ["turtle", "star"], "misses": 2]
        tree["settingsFromTheFuture"] = ["on": true, "ratio": 0.5, "nothing": NSNull(), "mixed": [1, "two", ["three": 3]]] as [String: Any]
        var artifacts = tree["artifacts"] as! [[String: Any]]
        artifacts[0]["audioNote"] = "a1.m4a"
        var note = artifacts[0]["stickyNote"] as! [String: Any]
        note["colour"] = "yellow"
        artifacts[0]["stickyNote"] = note
        artifacts[1]["rubricScore"] = 3
        tree["artifacts"] = artifacts
        var journal = tree["journal"] as! [[String: Any]]
        journal[0]["mood"] = "😊"
        tree["journal"] = journal
        folder.write("students/zoe.json", try JSONSerialization.data(withJSONObject: tree))
    }

    func tree(_ folder: TempFolder) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: folder.bytes("students/zoe.json")!) as? [String: Any])
    }

    @Test func everyUnknownFieldSurvivesASave() throws {
        let folder = TempFolder()
        try fileWithFieldsFromTheFuture(folder)
        let store = try DocumentStore(root: folder.path)
        let saved = try store.update(.student("zoe"), create: { Portfolio(studentID: "zoe") }) { p throws(StoreError) in
            p.artifacts.append(Artifact(id: "a3", title: "New", subjectID: "math", date: Day("2026-11-03")!))
            p.artifacts[0].title = "Poster, finished"
        }.get()
        #expect(saved.artifacts.count == 3 && saved.schemaVersion == 2)
        let t = try tree(folder)
        #expect((t["signIn"] as? [String: Any])?["misses"] as? Int == 2)
        // Every kind of JSON value comes back as it was: true stays true (not 1), a null inside stays null.
        let future = try #require(t["settingsFromTheFuture"] as? [String: Any])
        let written = String(decoding: try JSONSerialization.data(withJSONObject: future, options: [.sortedKeys]), as: UTF8.self)
        #expect(written == #"{"mixed":[1,"two",{"three":3}],"nothing":null,"on":true,"ratio":0.5}"#)
        let artifacts = t["artifacts"] as! [[String: Any]]
        #expect(artifacts[0]["title"] as? String == "Poster, finished")
        #expect(artifacts[0]["audioNote"] as? String == "a1.m4a")
        #expect((artifacts[0]["stickyNote"] as? [String: Any])?["colour"] as? String == "yellow")
        #expect(artifacts[1]["rubricScore"] as? Int == 3)
        #expect(artifacts[2]["audioNote"] == nil, "nothing is invented for the new artifact")
        #expect((t["journal"] as! [[String: Any]])[0]["mood"] as? String == "😊")
    }

    @Test func anArtifactMovedToTheTrashKeepsItsFields() throws {
        let folder = TempFolder()
        try fileWithFieldsFromTheFuture(folder)
        let store = try DocumentStore(root: folder.path)
        _ = try store.update(.student("zoe"), create: { Portfolio(studentID: "zoe") }) { p throws(StoreError) in
            try PortfolioChange.trashArtifact(id: "a1", at: Date()).apply(to: &p)
        }.get()
        let trash = try tree(folder)["trash"] as! [[String: Any]]
        #expect(trash.first?["audioNote"] as? String == "a1.m4a")
    }

    @Test func fieldsFollowTheirArtifactWhenTheOrderChanges() throws {
        let folder = TempFolder()
        try fileWithFieldsFromTheFuture(folder)
        let store = try DocumentStore(root: folder.path)
        _ = try store.update(.student("zoe"), create: { Portfolio(studentID: "zoe") }) { p throws(StoreError) in
            p.artifacts.reverse()
            p.artifacts[0].stickyNote = StickyNote(reason: .challenge, order: 1)
        }.get()
        let artifacts = try tree(folder)["artifacts"] as! [[String: Any]]
        #expect(artifacts[0]["id"] as? String == "a2" && artifacts[0]["rubricScore"] as? Int == 3)
        #expect((artifacts[0]["stickyNote"] as? [String: Any])?["colour"] == nil, "a2's new note gets nothing of a1's")
        #expect((artifacts[1]["stickyNote"] as? [String: Any])?["colour"] as? String == "yellow")
    }

    @Test func aFieldTheChangeRemovesStaysRemoved() throws {
        let folder = TempFolder()
        try fileWithFieldsFromTheFuture(folder)
        let store = try DocumentStore(root: folder.path)
        _ = try store.update(.student("zoe"), create: { Portfolio(studentID: "zoe") }) { p throws(StoreError) in
            p.artifacts[0].stickyNote = nil
        }.get()
        let artifacts = try tree(folder)["artifacts"] as! [[String: Any]]
        #expect(artifacts[0]["stickyNote"] == nil, "taking the note off is not undone by its unknown colour")
        #expect(artifacts[0]["audioNote"] as? String == "a1.m4a")
    }

    @Test func aFileWithNothingUnknownIsWrittenAsBefore() throws {
        let folder = TempFolder()
        let store = try DocumentStore(root: folder.path)
        let saved = try store.update(.student("an"), create: { Portfolio(studentID: "an") }) { p throws(StoreError) in
            p.cover.title = "Mine"
        }.get()
        #expect(folder.bytes("students/an.json") == (try DocumentCoding.encode(saved, file: "x")))
        #expect(UnknownFields(original: folder.bytes("students/an.json")!, known: try DocumentCoding.encode(saved, file: "x")) == nil)
    }

    @Test func aVersionOneFileIsReadAndSavedAsVersionTwo() throws {
        let folder = TempFolder()
        let store = try DocumentStore(root: folder.path)
        var p = Portfolio(studentID: "an")
        p.schemaVersion = 1
        folder.write("students/an.json", try DocumentCoding.encode(p, file: "x"))
        #expect(try store.load(.student("an"), as: Portfolio.self).get()?.schemaVersion == 1)
        let saved = try store.update(.student("an"), create: { Portfolio(studentID: "an") }) { $0.cover.title = "Mine" }.get()
        #expect(saved.schemaVersion == 2)
    }
}
