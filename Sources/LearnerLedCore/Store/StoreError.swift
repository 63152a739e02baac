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
    /// This session's change no longer fits what another session saved.
    case conflict(file: String, reason: String)
    case invalidID(String)

    public var file: String {
        switch self {
        case .busy(let f), .diskFull(let f), .readOnly(let f), .permissionDenied(let f), .io(let f, _),
             .corrupt(let f, _), .newerVersion(let f, _), .tooLarge(let f, _), .conflict(let f, _):
            return f
        case .invalidID(let id):
            return id
        }
    }

    /// True when the document itself is unreadable, so it must be shown read-only rather than retried.
    public var documentIsUnreadable: Bool {
        switch self {
        case .corrupt, .newerVersion, .tooLarge: return true
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

    public var message: String {
        switch self {
        case .busy(let f): return "Busy — not saved yet (\(f) is being saved by another window). Trying again."
        case .diskFull(let f): return "Not saved: the disk is full (\(f)). Your work is kept here; free some space."
        case .readOnly(let f): return "Not saved: the data folder is read-only (\(f)). Your work is kept here."
        case .permissionDenied(let f): return "Not saved: no permission to write \(f). Your work is kept here."
        case .io(let f, let code): return "Not saved: \(f): \(String(cString: strerror(code))). Your work is kept here."
        case .corrupt(let f, let problem): return "\(f) cannot be read (\(problem)). It is open read-only and was not changed."
        case .newerVersion(let f, let v): return "\(f) was made by a newer LearnerLed (schema \(v)). It is open read-only."
        case .tooLarge(let f, let bytes): return "\(f) is too large to open (\(bytes) bytes). It was not changed."
        case .conflict(let f, let reason): return "Not saved: \(reason) (\(f))."
        case .invalidID(let id): return "\"\(id)\" is not a usable student id (use a–z, 0–9 and -)."
        }
    }

    static func from(errno code: Int32, file: String) -> StoreError {
        switch code {
        case ENOSPC, EDQUOT: return .diskFull(file: file)
        case EROFS: return .readOnly(file: file)
        case EACCES, EPERM: return .permissionDenied(file: file)
        default: return .io(file: file, code: code)
        }
    }
}
