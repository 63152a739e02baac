import Foundation
import Glibc
import Synchronization
import LearnerLedCore

/// Carries out the reducer's effects against the data folder and turns the outcomes into actions.
/// Also notices when another window saved a file this one shows, so every session sees the same class.
public final class Session {
    public private(set) var store: DocumentStore
    /// What each shown file looked like on disk when last read or written here.
    private var seen: [StudentID: FileStamp] = [:]
    private var classroomStamp: FileStamp
    private var accessStamp: FileStamp

    /// Made before the class is first read, so a save by another window from that moment on is noticed.
    public init(store: DocumentStore) {
        self.store = store
        classroomStamp = FileStamp(store.path(of: .classroom))
        accessStamp = FileStamp(store.path(of: .access))
    }

    public func perform(_ effect: Effect, in state: AppState) -> [Action] {
        switch effect {
        case .loadPortfolios(let ids):
            guard case .teacher = state.mode else { return [load(ids)] }
            return [load(ids)] + ids.map { .teacherNotesLoaded($0, store.load(.teacherNotes($0), as: TeacherNotes.self)) }
        case .save(let change):
            return [.saveFinished(change, save(change, in: state))]
        case .loadClassroom:
            return loadClassroom()
        case .loadAccess:
            return [loadAccess()]
        case .checkPassphrase(let typed):
            // Read afresh: a passphrase set a moment ago from the command line counts at once.
            let hash = (try? store.load(.access, as: Access.self).get())?.teacherPassphrase
            return [.passphraseChecked(hash?.matches(typed) ?? false)]
        case .readRosterFile(let path):
            return [.rosterFileRead(RosterText.read(path))]
        case .openDemo:
            return openDemo(beside: state.dataFolder)
        case .createClassroom(let classroom, let passphrase):
            if let hash = try? PassphraseHash(passphrase: passphrase),
               case .failure(let error) = store.update(.access, create: { Access() }, { (a: inout Access) throws(StoreError) in
                   a.teacherPassphrase = hash
               }) { return [.failed(error)] }
            switch store.create(.classroom, classroom) {
            case .success(let saved): return [.classroomOpened(saved, folder: store.root, isDemo: state.isDemo)]
            case .failure(let error): return [.failed(error)]
            }
        case .restoreBackup(let problem):
            return restore(problem, in: state)
        case .offerBackup(let id, let error):
            let backup = store.newestGoodBackup(.student(id), as: Portfolio.self)
            return [.problemFound(ProblemScreen(error: error, backup: backup, key: .student(id)))]
        case .quit:
            return []
        }
    }

    /// Saves one change under the document's lock, applied to the document as it is on disk.
    private func save(_ change: DocumentChange, in state: AppState) -> Result<SavedDocument, StoreError> {
        switch change {
        case .portfolio(let id, let change):
            let result = store.update(.student(id), create: { Portfolio(studentID: id) }) { p throws(StoreError) in
                try change.apply(to: &p)
            }
            seen[id] = FileStamp(store.path(of: .student(id)))
            return result.map { .portfolio($0) }
        case .classroom(let change):
            guard let current = state.classroom else { return .failure(.corrupt(file: "classroom.json", problem: "missing")) }
            let result = store.update(.classroom, create: { current }) { c throws(StoreError) in try change.apply(to: &c) }
            classroomStamp = FileStamp(store.path(of: .classroom))
            return result.map { .classroom($0) }
        case .teacherNotes(let id, let change):
            // A student's session never reads or writes the teacher's notes, whatever it is asked.
            guard case .teacher = state.mode else { return .failure(.permissionDenied(file: "teacher/\(id).json")) }
            let result = store.update(.teacherNotes(id), create: { TeacherNotes(studentID: id) }) { n throws(StoreError) in
                change.apply(to: &n)
            }
            return result.map { .teacherNotes($0) }
        case .access(let change):
            let result = store.update(.access, create: { Access() }) { a throws(StoreError) in change.apply(to: &a) }
            accessStamp = FileStamp(store.path(of: .access))
            return result.map { .access($0) }
        }
    }

    private func restore(_ problem: ProblemScreen, in state: AppState) -> [Action] {
        guard let backup = problem.backup else { return [] }
        switch problem.key {
        case .classroom:
            switch store.restore(backup, to: .classroom, as: Classroom.self) {
            case .success(let c): return [.classroomOpened(c, folder: store.root, isDemo: state.isDemo)]
            case .failure(let e): return [.failed(e)]
            }
        case .student(let id):
            switch store.restore(backup, to: problem.key, as: Portfolio.self) {
            case .success: return [.back, load([id])]
            case .failure(let e): return [.failed(e)]
            }
        case .teacherNotes, .access:
            return []
        }
    }

    /// The student's portfolio as far as its first screen needs it (see `PortfolioPreview`), to draw from until
    /// `readInBackground` has read the whole file.
    public func preview(_ id: StudentID) -> PortfolioPreview? { store.preview(id) }

    /// Reads the students' files; an unreadable one is reported, never replaced.
    func load(_ ids: [StudentID]) -> Action {
        for id in ids { seen[id] = FileStamp(store.path(of: .student(id))) }
        return Self.read(ids, from: store)
    }

    /// A child's own portfolio as `load` reports it, read on a worker thread while the loop goes on answering keys
    /// (the preview's way in is a child's, so there are no teacher's notes to read with it); the loop asks
    /// `BackgroundRead.outcome` until it is in.
    public func readInBackground(_ id: StudentID) -> BackgroundRead {
        seen[id] = FileStamp(store.path(of: .student(id)))
        let (store, read) = (store, BackgroundRead())
        DispatchQueue.global(qos: .userInitiated).async {
            read.deliver([Self.read([id], from: store)])
        }
        return read
    }

    private static func read(_ ids: [StudentID], from store: DocumentStore) -> Action {
        var loaded: [Portfolio] = []
        var unreadable: [StudentID: StoreError] = [:]
        for id in ids {
            switch store.load(.student(id), as: Portfolio.self) {
            case .success(let p): loaded.append(p ?? Portfolio(studentID: id))
            case .failure(let e): unreadable[id] = e
            }
        }
        return .portfoliosLoaded(loaded, unreadable: unreadable)
    }

    /// The files among `ids` that changed on disk since this session last read or wrote them, re-read.
    /// One stat per file: cheap enough to run every second.
    public func changesOnDisk(_ ids: [StudentID]) -> [Action] {
        let changed = ids.filter { id in
            guard let before = seen[id] else { return false }
            return FileStamp(store.path(of: .student(id))) != before
        }
        var actions: [Action] = changed.isEmpty ? [] : [load(changed)]
        if FileStamp(store.path(of: .classroom)) != classroomStamp { actions += loadClassroom() }
        if FileStamp(store.path(of: .access)) != accessStamp { actions.append(loadAccess()) }
        return actions
    }

    /// Sign-in settings and lockouts, which any terminal may have changed.
    private func loadAccess() -> Action {
        accessStamp = FileStamp(store.path(of: .access))
        return .accessLoaded(try? store.load(.access, as: Access.self).get())
    }

    private func loadClassroom() -> [Action] {
        classroomStamp = FileStamp(store.path(of: .classroom))
        switch store.load(.classroom, as: Classroom.self) {
        case .success(let c?): return [.classroomChanged(c)]
        case .success(nil): return []
        case .failure(let e): return [.failed(e)]
        }
    }

    private func openDemo(beside folder: String) -> [Action] {
        let demoFolder = DataFolder.demoFolder(beside: folder)
        do {
            let demoStore = try DocumentStore(root: demoFolder)
            if !demoStore.exists(.classroom) {
                do { try DemoWriter.write(DemoClassroom.make(), to: demoFolder) } catch { return [.failed(.io(file: demoFolder, code: EIO))] }
            }
            let stamp = FileStamp(demoStore.path(of: .classroom))
            switch demoStore.load(.classroom, as: Classroom.self) {
            case .success(let c?):
                store = demoStore
                seen = [:]
                classroomStamp = stamp
                return [.classroomOpened(c, folder: demoFolder, isDemo: true)]
            case .success(nil): return [.failed(.corrupt(file: "classroom.json", problem: "missing"))]
            case .failure(let e): return [.failed(e)]
            }
        } catch {
            return [.failed(error)]
        }
    }
}

/// Enough of a file's identity to notice a save by someone else: a save replaces the file by rename, so the
/// inode changes even when size and time happen to match.
struct FileStamp: Equatable {
    var inode: UInt64 = 0
    var size: Int64 = 0
    var modified: Int = 0

    init(_ path: String) {
        var st = stat()
        guard stat(path, &st) == 0 else { return }
        inode = UInt64(st.st_ino)
        size = Int64(st.st_size)
        modified = st.st_mtim.tv_sec * 1_000_000_000 + st.st_mtim.tv_nsec
    }
}

/// The outcome of one read on a worker thread, handed to the run loop.
public final class BackgroundRead: Sendable {
    private let slot = Mutex<[Action]?>(nil)
    private let done = DispatchSemaphore(value: 0)

    /// The actions the read reports, once it is done; nil until then.
    public var outcome: [Action]? { slot.withLock { $0 } }

    /// The actions the read reports, waiting for them if need be.
    public func wait() -> [Action] {
        if let outcome { return outcome }
        done.wait()
        done.signal()
        return outcome!
    }

    fileprivate func deliver(_ actions: [Action]) {
        slot.withLock { $0 = actions }
        done.signal()
    }
}
