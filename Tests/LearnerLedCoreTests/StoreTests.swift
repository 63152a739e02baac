import Foundation
import Glibc
import Testing
@testable import LearnerLedCore

@Suite struct StoreTests {
    func addArtifact(_ id: String) -> (inout Portfolio) throws(StoreError) -> Void {
        { p throws(StoreError) in
            p.artifacts.append(Artifact(id: ArtifactID(id), title: id, subjectID: "math", date: Day("2026-11-01")!))
        }
    }

    @Test func twoSessionsEachKeepTheirChange() throws {
        let folder = TempFolder()
        let a = try DocumentStore(root: folder.path)
        let b = try DocumentStore(root: folder.path)
        let first = try a.update(.student("zoe"), create: { Portfolio(studentID: "zoe") }, addArtifact("from-a")).get()
        let second = try b.update(.student("zoe"), create: { Portfolio(studentID: "zoe") }, addArtifact("from-b")).get()
        #expect(first.revision == 1)
        #expect(second.revision == 2)
        #expect(second.artifacts.map(\.id) == ["from-a", "from-b"])
    }

    @Test func aChangeThatNoLongerFitsIsAConflictAndNothingIsWritten() throws {
        let folder = TempFolder()
        let store = try DocumentStore(root: folder.path)
        _ = try store.update(.student("an"), create: { Portfolio(studentID: "an") }, addArtifact("x")).get()
        let before = folder.bytes("students/an.json")
        let result = store.update(.student("an"), create: { Portfolio(studentID: "an") }) { p throws(StoreError) in
            guard p.index(of: "gone") != nil else {
                throw .conflict(file: "students/an.json", reason: "that artifact was deleted in another window")
            }
        }
        #expect(result == .failure(.conflict(file: "students/an.json", reason: "that artifact was deleted in another window")))
        #expect(folder.bytes("students/an.json") == before)
    }

    @Test func filesAre0600AndFolders0700UnderUmask000() throws {
        let folder = TempFolder()
        let old = umask(0)
        defer { umask(old) }
        let root = folder.file("data/nested")
        let store = try DocumentStore(root: root)
        _ = try store.update(.student("jose"), create: { Portfolio(studentID: "jose") }, addArtifact("a")).get()
        _ = try store.update(.student("jose"), create: { Portfolio(studentID: "jose") }, addArtifact("b")).get()
        for f in ["data/nested", "data/nested/students", "data/nested/locks", "data/nested/history",
                  "data/nested/history/student-jose"] {
            #expect(folder.mode(f) == 0o700, "\(f)")
        }
        #expect(folder.mode("data/nested/students/jose.json") == 0o600)
        #expect(folder.mode("data/nested/locks/student-jose.lock") == 0o600)
        let history = try FileManager.default.contentsOfDirectory(atPath: folder.file("data/nested/history/student-jose"))
        #expect(history.count == 1)
        #expect(folder.mode("data/nested/history/student-jose/\(history[0])") == 0o600)
    }

    @Test func historyKeepsTheLastTwentyVersions() throws {
        let folder = TempFolder()
        let store = try DocumentStore(root: folder.path)
        for i in 0..<25 {
            _ = try store.update(.student("yuki"), create: { Portfolio(studentID: "yuki") }, addArtifact("a\(i)")).get()
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.file("history/student-yuki")).sorted()
        #expect(names.count == DocumentStore.historyDepth)
        #expect(names.first?.hasPrefix("r000000005-") == true)
        #expect(names.last?.hasPrefix("r000000024-") == true)
    }

    @Test func anUnchangedDocumentIsNotRewritten() throws {
        let folder = TempFolder()
        let store = try DocumentStore(root: folder.path)
        _ = try store.update(.student("liam"), create: { Portfolio(studentID: "liam") }, addArtifact("a")).get()
        let again = try store.update(.student("liam"), create: { Portfolio(studentID: "liam") }) { _ throws(StoreError) in }.get()
        #expect(again.revision == 1)
    }

    static let hostile: [(String, Data)] = [
        ("empty", Data()),
        ("truncated", Data(#"{"schemaVersion": 1, "revision": 3, "studentID": "x", "artifa"#.utf8)),
        ("invalid UTF-8", Data([0x7B, 0x22, 0xFF, 0xFE, 0x22, 0x3A, 0x31, 0x7D])),
        ("NUL bytes", Data(#"{"schemaVersion": 1, "rev"#.utf8) + Data([0, 0, 0]) + Data(#"ision": 1}"#.utf8)),
        ("deep nesting", Data((#"{"schemaVersion": 1, "revision": 1, "x": "# + String(repeating: "[", count: 5000)
                                 + String(repeating: "]", count: 5000) + "}").utf8)),
        ("schema 999", Data(#"{"schemaVersion": 999, "revision": 1, "studentID": "x"}"#.utf8)),
        ("wrong types", Data(#"{"schemaVersion": 1, "revision": "one", "studentID": 7}"#.utf8)),
        ("not an object", Data("[1, 2, 3]".utf8)),
        ("NaN", Data(#"{"schemaVersion": NaN, "revision": 1}"#.utf8)),
    ]

    @Test(arguments: hostile.map(\.0))
    func hostileFilesAreRefusedAndLeftByteIdentical(_ name: String) throws {
        let bytes = Self.hostile.first { $0.0 == name }!.1
        let folder = TempFolder()
        let store = try DocumentStore(root: folder.path)
        folder.write("students/mei.json", bytes)
        let loaded = store.load(.student("mei"), as: Portfolio.self)
        guard case .failure(let error) = loaded else {
            Issue.record("\(name) was accepted")
            return
        }
        #expect(error.documentIsUnreadable)
        #expect(error.file == "students/mei.json")
        if name == "schema 999" {
            #expect(error == .newerVersion(file: "students/mei.json", version: 999))
            #expect(error.message.contains("newer LearnerLed"))
        }
        let saved = store.update(.student("mei"), create: { Portfolio(studentID: "mei") }, addArtifact("new"))
        #expect(saved == .failure(error))
        #expect(folder.bytes("students/mei.json") == bytes)
    }

    @Test func errorMessagesNeverEchoTheFilesWords() throws {
        let folder = TempFolder()
        let store = try DocumentStore(root: folder.path)
        folder.write("students/a.json", Data(#"{"schemaVersion": 1, "revision": 1, "studentID": "a", "cover": "my secret diary"}"#.utf8))
        guard case .failure(let error) = store.load(.student("a"), as: Portfolio.self) else {
            Issue.record("accepted")
            return
        }
        #expect(!error.message.contains("secret"))
        #expect(error.message.contains("students/a.json"))
    }

    @Test func aTooLargeFileIsRefusedWithoutReadingIt() throws {
        let folder = TempFolder()
        let store = try DocumentStore(root: folder.path)
        let fd = open(folder.file("students/big.json"), O_CREAT | O_WRONLY, 0o600)
        #expect(ftruncate(fd, off_t(DocumentStore.readLimit + 1)) == 0)
        close(fd)
        #expect(store.load(.student("big"), as: Portfolio.self)
                == .failure(.tooLarge(file: "students/big.json", bytes: DocumentStore.readLimit + 1)))
    }

    @Test func theNewestGoodBackupIsOfferedAndRestoringKeepsTheBrokenFile() throws {
        let folder = TempFolder()
        let store = try DocumentStore(root: folder.path)
        for id in ["a", "b", "c"] {
            _ = try store.update(.student("amara"), create: { Portfolio(studentID: "amara") }, addArtifact(id)).get()
        }
        let broken = Data("{ this is not json".utf8)
        folder.write("students/amara.json", broken)
        let backup = try #require(store.newestGoodBackup(.student("amara"), as: Portfolio.self))
        #expect(backup.revision == 2)
        let restored = try store.restore(backup, to: .student("amara"), as: Portfolio.self).get()
        #expect(restored.artifacts.map(\.id) == ["a", "b"])
        #expect(try store.load(.student("amara"), as: Portfolio.self).get()?.artifacts.count == 2)
        let kept = try FileManager.default.contentsOfDirectory(atPath: folder.file("history/student-amara"))
            .filter { $0.hasPrefix("broken-") }
        #expect(kept.count == 1)
        #expect(folder.bytes("history/student-amara/\(kept[0])") == broken)
    }

    @Test func aHeldLockMeansBusyNotABlockedScreen() throws {
        let folder = TempFolder()
        let store = try DocumentStore(root: folder.path)
        let fd = open(folder.file("locks/student-sofia.lock"), O_CREAT | O_RDWR, 0o600)
        defer { close(fd) }
        #expect(flock(fd, LOCK_EX) == 0)
        let started = Date()
        let result = store.update(.student("sofia"), create: { Portfolio(studentID: "sofia") }, addArtifact("x"))
        #expect(result == .failure(.busy(file: "students/sofia.json")))
        #expect(Date().timeIntervalSince(started) < 5)
        #expect(!FileManager.default.fileExists(atPath: folder.file("students/sofia.json")))
        flock(fd, LOCK_UN)
        #expect((try? store.update(.student("sofia"), create: { Portfolio(studentID: "sofia") }, addArtifact("x")).get()) != nil)
    }

    @Test func invalidIDsNeverBecomePaths() throws {
        let folder = TempFolder()
        let store = try DocumentStore(root: folder.path)
        let result = store.update(.student("../escape"), create: { Portfolio(studentID: "x") }, addArtifact("x"))
        #expect(result == .failure(.invalidID("../escape")), "the id as given, not the lock file's name")
        #expect(!FileManager.default.fileExists(atPath: folder.file("escape.json")))
    }

    @Test func staleTempFilesOfDeadSessionsAreRemovedAndLiveOnesKept() throws {
        let folder = TempFolder()
        _ = try DocumentStore(root: folder.path)
        let dead = "students/.an.json.tmp-999999999-abc"
        let live = "students/.an.json.tmp-\(getpid())-abc"
        folder.write(dead, Data("x".utf8))
        folder.write(live, Data("x".utf8))
        _ = try DocumentStore(root: folder.path)
        #expect(folder.bytes(dead) == nil)
        #expect(folder.bytes(live) != nil)
    }

    @Test func theDataFolderComesFromFlagThenEnvironmentThenXDG() {
        #expect(DataFolder.resolve(explicit: "/d", environment: { ["LEARNERLED_DATA": "/e"][$0] }) == "/d")
        #expect(DataFolder.resolve(explicit: nil, environment: { ["LEARNERLED_DATA": "/e", "XDG_DATA_HOME": "/x"][$0] }) == "/e")
        #expect(DataFolder.resolve(explicit: nil, environment: { ["XDG_DATA_HOME": "/x", "HOME": "/h"][$0] }) == "/x/learnerled")
        #expect(DataFolder.resolve(explicit: nil, environment: { ["HOME": "/h"][$0] }) == "/h/.local/share/learnerled")
        #expect(DataFolder.demoFolder(beside: "/h/.local/share/learnerled/") == "/h/.local/share/learnerled-demo")
    }
}
