import Foundation
import Glibc

/// The few system calls the save protocol needs, with EINTR and short writes handled. Every failure comes back
/// as the errno that caused it.
enum PosixFile {
    struct Failure: Error {
        let code: Int32
        init(_ code: Int32 = errno) { self.code = code }
    }

    /// Creates the folder (and its parents) with mode 0700 whatever the umask, and tightens an existing one.
    /// A folder inside the data folder that is a symbolic link is refused (`followLink` false): following it would
    /// write children's files, and change modes, somewhere else.
    static func makeFolder(_ path: String, followLink: Bool = false) throws {
        var st = stat()
        if lstat(path, &st) == 0, st.st_mode & S_IFMT == S_IFLNK, !followLink { throw NotAFile(kind: "a symbolic link") }
        if stat(path, &st) == 0 {
            guard st.st_mode & S_IFMT == S_IFDIR else { throw NotAFile(kind: kind(st.st_mode)) }
            if st.st_mode & 0o777 != 0o700, st.st_uid == geteuid() {
                guard chmod(path, 0o700) == 0 else { throw Failure() }
            }
            return
        }
        let parent = (path as NSString).deletingLastPathComponent
        if !parent.isEmpty, parent != path, parent != "/" {
            var pst = stat()
            if stat(parent, &pst) != 0 { try makeFolder(parent, followLink: true) }
        }
        if mkdir(path, 0o700) != 0, errno != EEXIST { throw Failure() }
        guard chmod(path, 0o700) == 0 else { throw Failure() }
    }

    /// Reads a whole file, refusing one larger than `limit`, and anything that is not a regular file without
    /// waiting on it (a FIFO would block an open or a read forever). Nil when there is no such file.
    static func read(_ path: String, limit: Int) throws -> Data? {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
        if fd < 0 {
            if errno == ENOENT { return nil }
            if errno == ELOOP { throw NotAFile(kind: "a symbolic link") }
            throw Failure()
        }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw Failure() }
        guard st.st_mode & S_IFMT == S_IFREG else { throw NotAFile(kind: kind(st.st_mode)) }
        if Int(st.st_size) > limit { throw TooLarge(bytes: Int(st.st_size)) }
        // Read straight into the Data (through a buffer it cost a copy of the whole file), with room for one byte
        // more than the size says: a file that grew since is read on to its end.
        var data = Data(count: Int(st.st_size) + 1)
        var filled = 0
        while true {
            if filled == data.count { data.count += 64 * 1024 }
            let n = data.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + filled, $0.count - filled) }
            if n < 0 {
                if errno == EINTR { continue }
                throw Failure()
            }
            if n == 0 { break }
            filled += n
            if filled > limit { throw TooLarge(bytes: filled) }
        }
        data.count = filled
        return data
    }

    struct TooLarge: Error { let bytes: Int }

    /// The rename happened but the folder's fsync failed: the new file is in place, not known to be durable.
    struct NotConfirmed: Error {}

    /// Something other than a regular file (or a folder, where a folder is expected).
    struct NotAFile: Error { let kind: String }

    /// "a FIFO", "a folder", … for messages.
    static func kind(_ mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFDIR: return "a folder"
        case S_IFIFO: return "a FIFO (named pipe)"
        case S_IFLNK: return "a symbolic link"
        case S_IFSOCK: return "a socket"
        case S_IFCHR, S_IFBLK: return "a device"
        case S_IFREG: return "a file"
        default: return "not a file"
        }
    }

    /// What is at `path` when it is not a regular file, without following a link; nil for a regular file or nothing.
    static func oddKind(_ path: String) -> String? {
        var st = stat()
        guard lstat(path, &st) == 0, st.st_mode & S_IFMT != S_IFREG else { return nil }
        return kind(st.st_mode)
    }

    /// Writes a new file with mode 0600, fsyncs it, and closes it. The file must not exist.
    static func writeNew(_ path: String, _ data: Data) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw Failure() }
        do {
            guard fchmod(fd, 0o600) == 0 else { throw Failure() }
            try data.withUnsafeBytes { raw in
                var offset = 0
                while offset < raw.count {
                    let n = write(fd, raw.baseAddress! + offset, raw.count - offset)
                    if n < 0 {
                        if errno == EINTR { continue }
                        throw Failure()
                    }
                    offset += n
                }
            }
            guard fsync(fd) == 0 else { throw Failure() }
        } catch {
            close(fd)
            unlink(path)
            throw error
        }
        guard close(fd) == 0 else {
            let failure = Failure()
            unlink(path)
            throw failure
        }
    }

    /// Makes a rename durable: the folder's entry is on disk only after the folder itself is fsynced.
    static func syncFolder(_ path: String) throws {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw Failure() }
        defer { close(fd) }
        guard fsync(fd) == 0 else { throw Failure() }
    }

    static func rename(_ from: String, _ to: String) throws {
        guard Glibc.rename(from, to) == 0 else { throw Failure() }
    }

    static func exists(_ path: String) -> Bool {
        var st = stat()
        return lstat(path, &st) == 0
    }

    /// Names in a folder (not "." or ".."), or none when it does not exist. readdir: Foundation's listing costs
    /// ~300,000 instructions a folder, and start-up lists three.
    static func list(_ path: String) -> [String] {
        guard let folder = opendir(path) else { return [] }
        defer { closedir(folder) }
        var names: [String] = []
        while let entry = readdir(folder) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
            if name != ".", name != ".." { names.append(name) }
        }
        return names
    }
}

/// A file written for a person (an export, a handout): created 0600 whatever the umask, complete or not at all.
public enum PrivateFile {
    public static func write(_ data: Data, to path: String) throws(StoreError) {
        let folder = (path as NSString).deletingLastPathComponent
        let temp = (folder.isEmpty ? "." : folder) + "/.\((path as NSString).lastPathComponent).tmp-\(getpid())-\(Identifier.make())"
        do {
            try PosixFile.writeNew(temp, data)
            do {
                try PosixFile.rename(temp, path)
            } catch {
                unlink(temp)
                throw error
            }
            try? PosixFile.syncFolder(folder.isEmpty ? "." : folder)
        } catch let failure as PosixFile.Failure {
            throw StoreError.from(errno: failure.code, file: path)
        } catch {
            throw StoreError.io(file: path, code: EIO)
        }
    }
}

/// An exclusive `flock` on `locks/<name>.lock`. Lock files are never deleted: deleting one while another
/// process waits on it would let two writers in at once.
final class FileLock {
    private let fd: Int32

    /// Tries for about `patience` seconds, then gives up so the UI never blocks.
    init(path: String, patience: Double = 0.25) throws {
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard fd >= 0 else { throw PosixFile.Failure() }
        fchmod(fd, 0o600)
        // Monotonic: a wall clock set back must not turn a quarter of a second into an hour.
        let deadline = ContinuousClock.now + .milliseconds(Int(patience * 1000))
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            let code = errno
            if code == EINTR { continue }
            guard code == EWOULDBLOCK, ContinuousClock.now < deadline else {
                close(fd)
                throw code == EWOULDBLOCK ? Busy() : PosixFile.Failure(code)
            }
            usleep(2_000)
        }
        self.fd = fd
    }

    struct Busy: Error {}

    deinit {
        flock(fd, LOCK_UN)
        close(fd)
    }
}
