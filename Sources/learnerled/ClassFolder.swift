import ArgumentParser
import Foundation
import LearnerLedCore

/// The data folder's store and classroom for the teachers' command-line helpers, with the same messages the
/// program shows. Ends the command with a clear error when there is no usable classroom.
struct ClassFolder {
    let store: DocumentStore
    let classroom: Classroom

    init(_ options: DataOptions, command: String) throws {
        let folder = options.folder
        do {
            store = try DocumentStore(root: folder)
        } catch {
            complain("learnerled \(command): \(error.message)")
            throw ExitCode.failure
        }
        switch store.load(.classroom, as: Classroom.self) {
        case .success(let c?): classroom = c
        case .success(nil):
            complain("learnerled \(command): \(folder) has no classroom yet. Run `learnerled` to start one, or `learnerled demo`.")
            throw ExitCode.failure
        case .failure(let e):
            complain("learnerled \(command): \(e.message)")
            throw ExitCode.failure
        }
    }

    func student(_ id: String, command: String) throws -> RosterEntry {
        guard let entry = classroom.student(StudentID(id)) else {
            complain("learnerled \(command): there is no student \"\(id)\". `learnerled list students` shows the ids.")
            throw ExitCode.failure
        }
        return entry
    }

    func portfolio(_ id: StudentID, command: String) throws -> Portfolio {
        switch store.load(.student(id), as: Portfolio.self) {
        case .success(let p): return p ?? Portfolio(studentID: id)
        case .failure(let e):
            complain("learnerled \(command): \(e.message)")
            throw ExitCode.failure
        }
    }
}

/// Writes to a file (0600, like the data) or to standard output.
func emit(_ text: String, to path: String?) throws {
    guard let path else {
        print(text, terminator: "")
        return
    }
    guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]) else {
        complain("learnerled: cannot write \(path)")
        throw ExitCode.failure
    }
}
