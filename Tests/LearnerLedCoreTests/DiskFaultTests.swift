import Foundation
import Glibc
import Testing
@testable import LearnerLedCore

/// Small tmpfs mounts for real disk faults. Mounting needs root (CI runs as root) and the right to mount.
enum Tmpfs {
    static let available: Bool = {
        guard geteuid() == 0 else { return false }
        let probe = TempFolder()
        guard mount(probe.path, options: "size=64k") else { return false }
        unmount(probe.path)
        return true
    }()

    static func mount(_ target: String, options: String) -> Bool {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/mount")
        p.arguments = ["-t", "tmpfs", "-o", options, "tmpfs", target]
        p.standardError = FileHandle.nullDevice
        guard (try? p.run()) != nil else { return false }
        p.waitUntilExit()
        return p.terminationStatus == 0
    }

    static func unmount(_ target: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/umount")
        p.arguments = ["-l", target]
        try? p.run()
        p.waitUntilExit()
    }
}

@Suite(.enabled(if: Tmpfs.available, "needs the right to mount a tmpfs"), .serialized)
struct DiskFaultTests {
    func mount(_ target: String, options: String) -> Bool { Tmpfs.mount(target, options: options) }
    func unmount(_ target: String) { Tmpfs.unmount(target) }

    func add(_ id: String, words: Int = 0) -> (inout Portfolio) throws(StoreError) -> Void {
        { p throws(StoreError) in
            p.artifacts.append(Artifact(id: ArtifactID(id), title: id, subjectID: "math", date: Day("2026-11-01")!,
                                        description: String(repeating: "word ", count: words)))
        }
    }

    @Test func aFullDiskLeavesTheOldFileAndSaysSo() throws {
        let folder = TempFolder()
        try #require(mount(folder.path, options: "size=256k"))
        defer { unmount(folder.path) }
        let store = try DocumentStore(root: folder.path)
        _ = try store.update(.student("an"), create: { Portfolio(studentID: "an") }, add("first")).get()
        let before = try #require(folder.bytes("students/an.json"))
        let filler = open(folder.file("filler"), O_CREAT | O_WRONLY, 0o600)
        let block = [UInt8](repeating: 1, count: 4096)
        while write(filler, block, block.count) > 0 {}
        close(filler)
        let result = store.update(.student("an"), create: { Portfolio(studentID: "an") }, add("second", words: 20_000))
        #expect(result == .failure(.diskFull(file: "students/an.json")))
        #expect(result.failureMessage?.contains("disk is full") == true)
        #expect(folder.bytes("students/an.json") == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.file("students")).filter { $0.contains(".tmp-") }
        #expect(leftovers.isEmpty)
    }

    @Test func aReadOnlyFolderGivesAnErrorValueAndNoCrash() throws {
        let folder = TempFolder()
        try #require(mount(folder.path, options: "size=1m"))
        defer { unmount(folder.path) }
        let store = try DocumentStore(root: folder.path)
        _ = try store.update(.student("an"), create: { Portfolio(studentID: "an") }, add("first")).get()
        let before = try #require(folder.bytes("students/an.json"))
        try #require(mount(folder.path, options: "remount,ro"))
        let result = store.update(.student("an"), create: { Portfolio(studentID: "an") }, add("second"))
        #expect(result == .failure(.readOnly(file: "students/an.json")))
        #expect(folder.bytes("students/an.json") == before)
        #expect(try store.load(.student("an"), as: Portfolio.self).get()?.artifacts.count == 1)
        #expect(throws: StoreError.readOnly(file: folder.file("fresh"))) { try DocumentStore(root: folder.file("fresh")) }
    }
}

extension Result where Failure == StoreError {
    var failureMessage: String? {
        if case .failure(let e) = self { return e.message }
        return nil
    }
}
