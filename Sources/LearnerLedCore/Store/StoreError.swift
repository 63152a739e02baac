import Glibc

/// Why a document could not be read or saved, as a value the UI can show. Messages name the file and the
/// problem, never the student's words.
public enum StoreError: Error, Equatable, Sendable {
    /// Another session held the lock for too long; the change is kept in memory and tried again.
    case busy(file: String)
    case diskFull(file: String)
    case readOnly(file: String)
    case permissionDenied(file: String)
    case io(file: String, code: Int32)
    /// The file is not a document this program can read. It is left exactly as it is.
    case corrupt(file: String, problem: String)
    /// Made by a newer LearnerLed; opened read-only so its new fields are not lost.
    case newerVersion(file: String, version: Int)
    case tooLarge(file: String, bytes: Int)
    /// Not a regular file (a FIFO, a device, a folder, a symbolic link): refused without reading, never written.
    case notAFile(file: String, kind: String)
    /// This session's change no longer fits what another session saved.
    case conflict(file: String, reason: String)
    case invalidID(String)
    /// The new file is in place, but the disk did not confirm the folder (its fsync failed): saved, but a power
    /// cut now could lose it. Not an error to retry: the change is there.
    case notConfirmed(file: String)

    public var file: String {
        switch self {
        case .busy(let f), .diskFull(let f), .readOnly(let f), .permissionDenied(let f), .io(let f, _),
             .corrupt(let f, _), .newerVersion(let f, _), .tooLarge(let f, _), .conflict(let f, _), .notAFile(let f, _),
             .notConfirmed(let f):
            return f
        case .invalidID(let id):
            return id
        }
    }

    /// True when the document itself is unreadable, so it must be shown read-only rather than retried.
    public var documentIsUnreadable: Bool {
        switch self {
        case .corrupt, .newerVersion, .tooLarge, .notAFile: return true
        default: return false
        }
    }

    /// True when trying the same save again later may work.
    public var isTransient: Bool {
        switch self {
        case .busy, .diskFull, .readOnly, .permissionDenied, .io: return true
        default: return false
        }
    }

    /// The problem said in English, for the command line.
    public var message: String { message(.english) }

    /// The problem said to the person at the keys, in their language.
    public func message(_ tr: Strings) -> String {
        switch self {
        case .busy(let f): return tr("Busy — not saved yet (\(f) is being saved by another window). Trying again.")
        case .diskFull(let f): return tr("Not saved: the disk is full (\(f)). Your work is kept here; free some space.")
        case .readOnly(let f): return tr("Not saved: the data folder is read-only (\(f)). Your work is kept here.")
        case .permissionDenied(let f): return tr("Not saved: no permission to write \(f). Your work is kept here.")
        case .io(let f, let code): return tr("Not saved: \(f): \(String(cString: strerror(code))). Your work is kept here.")
        case .corrupt(let f, let problem): return tr("\(f) cannot be read (\(problem)). It is open read-only and was not changed.")
        case .newerVersion(let f, let v): return tr("\(f) was made by a newer LearnerLed (schema \(v)). It is open read-only.")
        case .tooLarge(let f, let bytes): return tr("\(f) is too large to open (\(bytes) bytes). It was not changed.")
        case .notAFile(let f, let kind): return tr("\(f) is \(kind), not a file LearnerLed can open. It was left as it is.")
        case .notConfirmed(let f): return tr("Saved, but the disk did not confirm it (\(f)); if the power goes off now it could be lost.")
        case .conflict(let f, let reason): return tr("Not saved: \(reason) (\(f)).")
        case .invalidID(let id): return tr("\"\(id)\" is not a usable student id (use a–z, 0–9 and -).")
        }
    }

    /// The same problem said by a command that has ended: nothing is kept in memory and nothing is tried again.
    public var commandLineMessage: String {
        switch self {
        case .busy(let f): return "Not saved: \(f) was being saved by another window the whole time. Nothing was changed; run the command again."
        case .diskFull(let f): return "Not saved: the disk is full (\(f)). Nothing was changed."
        case .readOnly(let f): return "Not saved: the data folder is read-only (\(f)). Nothing was changed."
        case .permissionDenied(let f): return "Not saved: no permission to write \(f). Nothing was changed."
        case .io(let f, let code): return "Not saved: \(f): \(String(cString: strerror(code))). Nothing was changed."
        default: return message
        }
    }

    /// The same problem said for reading, where "not saved" would mislead: `check`, `list`, `export`.
    public var readingMessage: String {
        switch self {
        case .permissionDenied(let f): return "\(f) cannot be read: no permission."
        case .io(let f, let code): return "\(f) cannot be read: \(String(cString: strerror(code)))."
        case .busy(let f), .diskFull(let f), .readOnly(let f): return "\(f) cannot be read right now."
        default: return message
        }
    }

    static func from(errno code: Int32, file: String) -> StoreError {
        switch code {
        case ENOSPC, EDQUOT: return .diskFull(file: file)
        case EROFS: return .readOnly(file: file)
        case EACCES, EPERM: return .permissionDenied(file: file)
        case ELOOP: return .notAFile(file: file, kind: "a symbolic link")
        default: return .io(file: file, code: code)
        }
    }
}
