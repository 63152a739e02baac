import Foundation
import Glibc

/// The built `learnerled` binary, beside the test bundle in the build folder.
enum Binary {
    static let path: String = {
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("learnerled").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return root.appendingPathComponent(".build/debug/learnerled").path
    }()
}

struct Run {
    var status: Int32
    var out: String
    var err: String
}

/// Runs the binary to completion with the given arguments. A run longer than `timeout` seconds is killed and
/// reported as status -9, so a hang fails the test instead of stopping the suite.
@discardableResult
func learnerled(_ arguments: [String], environment: [String: String] = [:], timeout: Double = 60,
                wrapper: [String] = []) throws -> Run {
    let p = Process()
    let outPath = NSTemporaryDirectory() + "learnerled-out-\(UUID().uuidString)"
    let errPath = outPath + ".err"
    FileManager.default.createFile(atPath: outPath, contents: nil)
    FileManager.default.createFile(atPath: errPath, contents: nil)
    defer {
        unlink(outPath)
        unlink(errPath)
    }
    p.executableURL = URL(fileURLWithPath: wrapper.first ?? Binary.path)
    p.arguments = wrapper.isEmpty ? arguments : Array(wrapper.dropFirst()) + [Binary.path] + arguments
    p.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    p.standardOutput = FileHandle(forWritingAtPath: outPath)
    p.standardError = FileHandle(forWritingAtPath: errPath)
    p.standardInput = FileHandle.nullDevice
    try p.run()
    let deadline = Date().addingTimeInterval(timeout)
    while p.isRunning, Date() < deadline { usleep(10_000) }
    var status: Int32
    if p.isRunning {
        kill(p.processIdentifier, SIGKILL)
        p.waitUntilExit()
        status = -9
    } else {
        status = p.terminationStatus
    }
    let out = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
    let err = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
    return Run(status: status, out: out, err: err)
}

final class TempFolder {
    let path: String

    init() {
        var template = Array("/tmp/learnerled-e2e-XXXXXX".utf8CString)
        let made = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
        precondition(made != nil)
        path = String(cString: template.withUnsafeBufferPointer { $0.baseAddress! })
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    func file(_ relative: String) -> String { "\(path)/\(relative)" }

    func json(_ relative: String) throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: file(relative)))
        return try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
    }
}
