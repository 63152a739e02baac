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
            complain("learnerled \(command): \(e.readingMessage)")
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
            complain("learnerled \(command): \(e.readingMessage)")
            throw ExitCode.failure
        }
    }
}

/// Writes to a file (0600, like the data) or to standard output.
func emit(_ text: String, to path: String?) throws {
    guard let path else {
        say(text, terminator: "")
        return
    }
    do {
        try PrivateFile.write(Data(text.utf8), to: path)
    } catch {
        complain("learnerled: \(error.commandLineMessage)")
        throw ExitCode.failure
    }
}

extension ClassFolder {
    /// A save from the command line: when another window holds the document for a moment, try again for a few
    /// seconds (50 ms, doubling, up to 1 s apart) before saying so. Times are monotonic, so a clock set back
    /// cannot stretch the wait.
    func save<D: StoredDocument>(_ key: DocumentKey, create: () -> D,
                                 _ change: (inout D) throws(StoreError) -> Void) -> Result<D, StoreError> {
        let deadline = ContinuousClock.now + .seconds(5)
        var pause = Duration.milliseconds(50)
        while true {
            let result = store.update(key, create: create, change)
            guard case .failure(.busy) = result, ContinuousClock.now + pause < deadline else { return result }
            Thread.sleep(forTimeInterval: Double(pause.components.attoseconds) / 1e18 + Double(pause.components.seconds))
            pause = min(pause * 2, .seconds(1))
        }
    }
}
