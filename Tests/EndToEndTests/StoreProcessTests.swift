import Foundation
import Glibc
import Testing
import LearnerLedCore

/// Several real processes against one data folder.
@Suite struct StoreProcessTests {
    @Test(arguments: 1...5)
    func twoProcessesSavingOneStudentKeepEveryChange(round: Int) throws {
        let folder = TempFolder()
        let writers = ["a", "b"].map { tag -> Process in
            let p = Process()
            p.executableURL = URL(fileURLWithPath: Binary.path)
            p.arguments = ["store-torture", "--data", folder.path, "--student", "an", "--count", "60", "--tag", tag]
            p.standardOutput = FileHandle.nullDevice
            return p
        }
        for w in writers { try w.run() }
        for w in writers { w.waitUntilExit() }
        #expect(writers.allSatisfy { $0.terminationStatus == 0 })
        let store = DocumentStore(readingOnly: folder.path)
        let p = try #require(try store.load(.student("an"), as: Portfolio.self).get())
        #expect(p.artifacts.count == 120)
        #expect(Set(p.artifacts.map(\.id)).count == 120)
        #expect(p.revision == 120)
    }

    @Test func killNineDuringSavesAlwaysLeavesAWholeDocument() throws {
        let folder = TempFolder()
        var lastCount = 0
        for round in 0..<25 {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: Binary.path)
            p.arguments = ["store-torture", "--data", folder.path, "--student", "zoe", "--count", "100000", "--tag", "r\(round)"]
            p.standardOutput = FileHandle.nullDevice
            try p.run()
            usleep(useconds_t(20_000 + (round * 7_919) % 60_000))
            kill(p.processIdentifier, SIGKILL)
            p.waitUntilExit()
            let store = DocumentStore(readingOnly: folder.path)
            let loaded = store.load(.student("zoe"), as: Portfolio.self)
            guard case .success(let doc) = loaded else {
                Issue.record("round \(round): \(loaded)")
                return
            }
            let count = doc?.artifacts.count ?? 0
            #expect(count >= lastCount, "a save was lost")
            #expect(doc.map { $0.revision == count } ?? true, "revision and contents agree")
            lastCount = count
        }
        #expect(lastCount > 0)
        // The next session cleans up temp files the killed ones left.
        _ = try DocumentStore(root: folder.path)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.file("students")).filter { $0.contains(".tmp-") }
        #expect(leftovers.isEmpty)
    }
}
