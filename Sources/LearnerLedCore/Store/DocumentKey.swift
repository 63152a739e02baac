/// Which document, and so which file, lock and history folder.
public enum DocumentKey: Hashable, Sendable, CustomStringConvertible {
    case classroom
    /// `access.json`: the teacher's passphrase hash, sign-in settings, picture passwords, lockouts.
    case access
    case student(StudentID)
    case teacherNotes(StudentID)

    /// The folder under the data root ("" for the root itself).
    public var folder: String {
        switch self {
        case .classroom, .access: return ""
        case .student: return "students"
        case .teacherNotes: return "teacher"
        }
    }

    public var fileName: String {
        switch self {
        case .classroom: return "classroom.json"
        case .access: return "access.json"
        case .student(let id), .teacherNotes(let id): return "\(id).json"
        }
    }

    /// The path shown to people and used in messages, e.g. `students/jose.json`.
    public var relativePath: String { folder.isEmpty ? fileName : "\(folder)/\(fileName)" }

    /// One name per document for its lock file and history folder.
    var lockName: String {
        switch self {
        case .classroom: return "classroom"
        case .access: return "access"
        case .student(let id): return "student-\(id)"
        case .teacherNotes(let id): return "teacher-\(id)"
        }
    }

    /// The id as given, for messages.
    var idText: String {
        switch self {
        case .classroom: return "classroom"
        case .access: return "access"
        case .student(let id), .teacherNotes(let id): return id.rawValue
        }
    }

    var hasValidID: Bool {
        switch self {
        case .classroom, .access: return true
        case .student(let id), .teacherNotes(let id): return Identifier.isValidStudentID(id.rawValue)
        }
    }

    public var description: String { relativePath }
}
