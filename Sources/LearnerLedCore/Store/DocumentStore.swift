import Foundation
import Glibc

/// Reads and saves the JSON documents of one data folder so that nothing is ever lost
/// (see notes/storage.md): every save takes the document's lock, re-reads the file, applies this session's
/// change to what is on disk (so another session's save is never overwritten), writes a temp file, fsyncs it,
/// keeps the previous version in `history/`, renames, and fsyncs the folder.
public final class DocumentStore: Sendable {
    public let root: String
    /// Largest document read; anything bigger is refused rather than exhausting memory.
    public static let readLimit = 64 * 1024 * 1024
    /// Previous versions kept per document.
    public static let historyDepth = 20

    /// Opens a data folder, creating it (mode 0700) if needed, and removes temp files left by crashed sessions.
    public init(root: String) throws(StoreError) {
        self.root = root
        // The data folder itself may be a link (an administrator's choice); nothing inside it may be.
        for folder in ["", "students", "teacher", "locks", "history"] {
            do {
                try PosixFile.makeFolder(folder.isEmpty ? root : "\(root)/\(folder)", followLink: folder.isEmpty)
            } catch let odd as PosixFile.NotAFile {
                throw StoreError.notAFile(file: folder.isEmpty ? root : folder, kind: odd.kind)
            } catch let failure as PosixFile.Failure {
                throw StoreError.from(errno: failure.code, file: folder.isEmpty ? root : folder)
            } catch {
                throw StoreError.io(file: root, code: EIO)
            }
        }
        removeStaleTempFiles()
    }

    /// Opens an existing data folder for reading only: creates nothing, cleans nothing.
    public init(readingOnly root: String) {
        self.root = root
    }

    public func path(of key: DocumentKey) -> String { "\(root)/\(key.relativePath)" }

    public func exists(_ key: DocumentKey) -> Bool { PosixFile.exists(path(of: key)) }

    // MARK: Reading

    /// The document, nil when there is no such file, or why it cannot be read. Never takes a lock:
    /// saves replace files by rename, so a reader always sees a whole old or a whole new file.
    public func load<D: StoredDocument>(_ key: DocumentKey, as type: D.Type = D.self) -> Result<D?, StoreError> {
        guard key.hasValidID else { return .failure(.invalidID(key.idText)) }
        return Result { try readDocument(key, as: type) }.mapError { $0 as! StoreError }
    }

    func readDocument<D: StoredDocument>(_ key: DocumentKey, as type: D.Type) throws -> D? {
        try readDocument(at: path(of: key), displayName: key.relativePath, as: type)
    }

    func readDocument<D: StoredDocument>(at path: String, displayName: String, as type: D.Type) throws -> D? {
        guard let data = try readBytes(at: path, displayName: displayName) else { return nil }
        return try DocumentCoding.decode(type, from: data, file: displayName)
    }

    /// The file's bytes, nil when there is no such file.
    func readBytes(at path: String, displayName: String) throws -> Data? {
        do {
            return try PosixFile.read(path, limit: Self.readLimit)
        } catch let odd as PosixFile.NotAFile {
            throw StoreError.notAFile(file: displayName, kind: odd.kind)
        } catch let large as PosixFile.TooLarge {
            throw StoreError.tooLarge(file: displayName, bytes: large.bytes)
        } catch let failure as PosixFile.Failure {
            throw StoreError.from(errno: failure.code, file: displayName)
        }
    }

    // MARK: Saving

    /// Applies `change` to the document as it is on disk now and saves the result. `create` gives the
    /// document when there is no file yet. Returns the document exactly as saved (and as re-read), which
    /// includes any other session's changes. On any error nothing on disk has changed.
    @discardableResult
    public func update<D: StoredDocument>(_ key: DocumentKey, create: () -> D,
                                          _ change: (inout D) throws(StoreError) -> Void) -> Result<D, StoreError> {
        guard key.hasValidID else { return .failure(.invalidID(key.idText)) }
        let name = key.relativePath
        do {
            let lock = try takeLock(key)
            defer { withExtendedLifetime(lock) {} }
            let raw = try readBytes(at: path(of: key), displayName: name)
            let current = try raw.flatMap { try DocumentCoding.decode(D.self, from: $0, file: name) }
            var doc = current ?? create()
            try change(&doc)
            if let current, doc == current { return .success(current) }
            doc.schemaVersion = D.currentSchemaVersion
            doc.revision = (current?.revision ?? 0) + 1
            var data = try DocumentCoding.encode(doc, file: name)
            // Fields this version does not know (a newer LearnerLed's, a teacher's script's) are kept, never dropped.
            if let raw, let current, let unknown = UnknownFields(original: raw, known: try DocumentCoding.encode(current, file: name)) {
                data = try unknown.merged(into: data)
            }
            let saved = try DocumentCoding.decode(D.self, from: data, file: name)!
            do {
                try replace(key, with: data, keepingPrevious: current?.revision)
            } catch is PosixFile.NotConfirmed {
                return .failure(.notConfirmed(file: name))
            }
            return .success(saved)
        } catch let error as StoreError {
            return .failure(error)
        } catch {
            return .failure(.io(file: name, code: EIO))
        }
    }

    /// Saves a whole document as given, for new documents (demo data, imports): refuses to replace a file
    /// that already exists.
    public func create<D: StoredDocument>(_ key: DocumentKey, _ doc: D) -> Result<D, StoreError> {
        var exists = false
        let result = update(key, create: { doc }) { (current: inout D) throws(StoreError) in
            if current != doc || current.revision != 0 { exists = true }
        }
        if exists { return .failure(.conflict(file: key.relativePath, reason: "it already exists")) }
        return result
    }

    private func takeLock(_ key: DocumentKey) throws -> FileLock {
        do {
            return try FileLock(path: "\(root)/locks/\(key.lockName).lock")
        } catch is FileLock.Busy {
            throw StoreError.busy(file: key.relativePath)
        } catch let failure as PosixFile.Failure {
            throw StoreError.from(errno: failure.code, file: key.relativePath)
        }
    }

    /// Temp file, fsync, history link, rename, folder fsync. Caller holds the lock.
    private func replace(_ key: DocumentKey, with data: Data, keepingPrevious previousRevision: Int?) throws {
        let folder = key.folder.isEmpty ? root : "\(root)/\(key.folder)"
        let target = path(of: key)
        let temp = "\(folder)/.\(key.fileName).tmp-\(getpid())-\(Identifier.make())"
        do {
            try PosixFile.writeNew(temp, data)
            if let previousRevision { keepInHistory(key, current: target, revision: previousRevision) }
            do {
                try PosixFile.rename(temp, target)
            } catch {
                unlink(temp)
                throw error
            }
            // From here the new file is what readers see: a failure can no longer mean "not saved".
            if (try? PosixFile.syncFolder(folder)) == nil, (try? PosixFile.syncFolder(folder)) == nil { throw PosixFile.NotConfirmed() }
        } catch let failure as PosixFile.Failure {
            throw StoreError.from(errno: failure.code, file: key.relativePath)
        }
    }

    // MARK: History

    func historyFolder(_ key: DocumentKey) -> String { "\(root)/history/\(key.lockName)" }

    /// A hard link costs nothing and keeps the old bytes when the rename replaces the name. Best effort:
    /// a failure here must not stop the save itself.
    private func keepInHistory(_ key: DocumentKey, current: String, revision: Int) {
        let folder = historyFolder(key)
        guard (try? PosixFile.makeFolder(folder)) != nil else { return }
        let name = String(format: "r%09d-%@.json", revision, Self.stamp())
        if link(current, "\(folder)/\(name)") != 0 { return }
        let versions = PosixFile.list(folder).filter { $0.hasPrefix("r") }.sorted()
        for old in versions.dropLast(Self.historyDepth) { unlink("\(folder)/\(old)") }
    }

    static func stamp(_ date: Date = Date()) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "UTC")
        f.dateFormat = "yyyyMMdd'T'HHmmss"
        return f.string(from: date)
    }

    public struct Backup: Equatable, Sendable {
        public let path: String
        public let revision: Int
        public let savedAt: Date
    }

    /// The newest earlier version of a document that still reads cleanly.
    public func newestGoodBackup<D: StoredDocument>(_ key: DocumentKey, as type: D.Type) -> Backup? {
        let folder = historyFolder(key)
        for name in PosixFile.list(folder).filter({ $0.hasPrefix("r") }).sorted().reversed() {
            let file = "\(folder)/\(name)"
            guard let doc = try? readDocument(at: file, displayName: name, as: type) else { continue }
            let modified = (try? FileManager.default.attributesOfItem(atPath: file)[.modificationDate] as? Date) ?? nil
            return Backup(path: file, revision: doc.revision, savedAt: modified ?? Date(timeIntervalSince1970: 0))
        }
        return nil
    }

    /// Puts a backup back in place. The unreadable file is kept, renamed into `history/` as `broken-…`, never deleted.
    public func restore<D: StoredDocument>(_ backup: Backup, to key: DocumentKey, as type: D.Type) -> Result<D, StoreError> {
        let name = key.relativePath
        do {
            let lock = try takeLock(key)
            defer { withExtendedLifetime(lock) {} }
            guard let data = try PosixFile.read(backup.path, limit: Self.readLimit),
                  let doc = try DocumentCoding.decode(type, from: data, file: name) else {
                return .failure(.corrupt(file: name, problem: "the backup is gone"))
            }
            let target = path(of: key)
            if PosixFile.exists(target) {
                try PosixFile.makeFolder(historyFolder(key))
                try PosixFile.rename(target, "\(historyFolder(key))/broken-\(Self.stamp())-\(Identifier.make()).json")
            }
            do {
                try replace(key, with: data, keepingPrevious: nil)
            } catch is PosixFile.NotConfirmed {
                return .failure(.notConfirmed(file: name))
            }
            return .success(doc)
        } catch let error as StoreError {
            return .failure(error)
        } catch let failure as PosixFile.Failure {
            return .failure(StoreError.from(errno: failure.code, file: name))
        } catch {
            return .failure(.io(file: name, code: EIO))
        }
    }

    // MARK: Listing and clean-up

    /// Ids of the student files present, whatever the roster says.
    public func studentFileIDs() -> [StudentID] {
        PosixFile.list("\(root)/students").filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }
            .map { StudentID(String($0.dropLast(5))) }.sorted()
    }

    /// Temp files named `.<file>.tmp-<pid>-…` whose process is gone are what a crash mid-save leaves.
    /// Each is removed under its document's lock, so a live save is never touched.
    private func removeStaleTempFiles() {
        for (folder, key) in [("", { (_: String) in DocumentKey.classroom }),
                              ("students", { DocumentKey.student(StudentID($0)) }),
                              ("teacher", { DocumentKey.teacherNotes(StudentID($0)) })] as [(String, (String) -> DocumentKey)] {
            let dir = folder.isEmpty ? root : "\(root)/\(folder)"
            for name in PosixFile.list(dir) where name.hasPrefix(".") && name.contains(".json.tmp-") {
                let parts = name.dropFirst().components(separatedBy: ".json.tmp-")
                guard parts.count == 2, let pid = Int32(parts[1].split(separator: "-").first ?? ""),
                      kill(pid, 0) != 0, errno == ESRCH else { continue }
                let docKey = key(parts[0])
                guard docKey.hasValidID, let lock = try? takeLock(docKey) else { continue }
                unlink("\(dir)/\(name)")
                withExtendedLifetime(lock) {}
            }
        }
    }
}
