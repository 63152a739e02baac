import Foundation
import Glibc

/// A fresh folder under /tmp for one test, removed when the test is done with it.
final class TempFolder {
    let path: String

    init() {
        var template = Array("/tmp/learnerled-test-XXXXXX".utf8CString)
        let made = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
        precondition(made != nil, "mkdtemp failed")
        path = String(cString: template.withUnsafeBufferPointer { $0.baseAddress! })
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    func file(_ relative: String) -> String { "\(path)/\(relative)" }

    func bytes(_ relative: String) -> Data? { FileManager.default.contents(atPath: file(relative)) }

    func write(_ relative: String, _ data: Data) {
        let full = file(relative)
        try? FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent,
                                                 withIntermediateDirectories: true)
        precondition(FileManager.default.createFile(atPath: full, contents: data))
    }

    func mode(_ relative: String) -> mode_t {
        var st = stat()
        precondition(stat(file(relative), &st) == 0)
        return st.st_mode & 0o777
    }
}
