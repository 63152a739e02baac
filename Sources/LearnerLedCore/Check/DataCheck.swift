import Foundation
import Glibc

/// Reads a whole data folder and lists every problem, one line each. Never writes anything.
public enum DataCheck {
    public struct Problem: Equatable, Sendable, CustomStringConvertible {
        public var file: String
        public var problem: String
        public var description: String { "\(file): \(problem)" }
    }

    public static func run(root: String) -> [Problem] {
        var problems: [Problem] = []
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isFolder), isFolder.boolValue else {
            return [Problem(file: root, problem: "there is no data folder here")]
        }
        let store = DocumentStore(readingOnly: root)
        problems += permissionProblems(root, relative: ".", expected: 0o700)
        for folder in ["students", "teacher", "locks", "history"] {
            if let kind = PosixFile.oddKind("\(root)/\(folder)"), kind != "a folder" {
                problems.append(Problem(file: folder, problem: "is \(kind), not a folder"
                                        + (kind == "a symbolic link" ? " (LearnerLed does not follow links inside the data folder)" : "")))
            } else {
                problems += permissionProblems("\(root)/\(folder)", relative: folder, expected: 0o700)
            }
        }

        var classroom: Classroom?
        switch store.load(.classroom, as: Classroom.self) {
        case .success(nil): problems.append(Problem(file: "classroom.json", problem: "missing"))
        case .success(let c?): classroom = c
        case .failure(let e): problems.append(Problem(file: e.file, problem: reason(e)))
        }
        if store.exists(.classroom) {
            problems += permissionProblems(store.path(of: .classroom), relative: "classroom.json", expected: 0o600)
        }
        if let classroom { problems += rosterProblems(classroom) }
        if store.exists(.access) {
            problems += permissionProblems(store.path(of: .access), relative: "access.json", expected: 0o600)
            if case .failure(let e) = store.load(.access, as: Access.self) { problems.append(Problem(file: e.file, problem: reason(e))) }
        }

        for id in store.studentFileIDs() {
            let key = DocumentKey.student(id)
            problems += permissionProblems(store.path(of: key), relative: key.relativePath, expected: 0o600)
            switch store.load(key, as: Portfolio.self) {
            case .success(let p?): problems += portfolioProblems(p, file: key.relativePath, classroom: classroom)
            case .success(nil): break
            case .failure(let e): problems.append(Problem(file: e.file, problem: reason(e)))
            }
        }
        for name in PosixFile.list("\(root)/teacher").sorted() where name.hasSuffix(".json") && !name.hasPrefix(".") {
            let key = DocumentKey.teacherNotes(StudentID(String(name.dropLast(5))))
            problems += permissionProblems(store.path(of: key), relative: key.relativePath, expected: 0o600)
            if case .failure(let e) = store.load(key, as: TeacherNotes.self) {
                problems.append(Problem(file: e.file, problem: reason(e)))
            }
        }
        return problems
    }

    private static func reason(_ error: StoreError) -> String {
        switch error {
        case .corrupt(_, let problem): return "cannot be read: \(problem)"
        case .newerVersion(_, let v): return "made by a newer LearnerLed (schemaVersion \(v))"
        case .tooLarge(_, let bytes): return "too large to read (\(bytes) bytes)"
        case .invalidID(let id): return "not a usable student id: \(id)"
        case .notAFile(_, let kind): return "is \(kind), not a file" + (kind == "a symbolic link" ? " (LearnerLed does not follow links)" : "")
        default: return error.readingMessage
        }
    }

    private static func rosterProblems(_ classroom: Classroom) -> [Problem] {
        var problems: [Problem] = []
        var seen = Set<StudentID>()
        for entry in classroom.roster {
            if !Identifier.isValidStudentID(entry.id.rawValue) {
                problems.append(Problem(file: "classroom.json", problem: "roster id \"\(entry.id)\" is not usable as a file name"))
            }
            if !seen.insert(entry.id).inserted {
                problems.append(Problem(file: "classroom.json", problem: "roster id \"\(entry.id)\" appears twice"))
            }
        }
        var subjectIDs = Set<SubjectID>()
        for subject in classroom.subjects where !subjectIDs.insert(subject.id).inserted {
            problems.append(Problem(file: "classroom.json", problem: "subject id \"\(subject.id)\" appears twice"))
        }
        for id in classroom.boundaries.requiredSubjects where classroom.subject(id) == nil {
            problems.append(Problem(file: "classroom.json", problem: "boundaries name an unknown subject \"\(id)\""))
        }
        return problems
    }

    private static func portfolioProblems(_ p: Portfolio, file: String, classroom: Classroom?) -> [Problem] {
        var problems: [Problem] = []
        if "students/\(p.studentID).json" != file {
            problems.append(Problem(file: file, problem: "holds the portfolio of \"\(p.studentID)\", not of its file name"))
        }
        guard let classroom else { return problems }
        if classroom.student(p.studentID) == nil {
            problems.append(Problem(file: file, problem: "this student is not on the class roster"))
        }
        var ids = Set<ArtifactID>()
        for (i, a) in (p.artifacts + p.trash).enumerated() {
            if !ids.insert(a.id).inserted {
                problems.append(Problem(file: file, problem: "artifact id \"\(a.id)\" appears twice"))
            }
            if classroom.subject(a.subjectID) == nil, i < p.artifacts.count {
                problems.append(Problem(file: file, problem: "artifact \"\(a.id)\" has an unknown subject \"\(a.subjectID)\""))
            }
        }
        return problems
    }

    /// Files (0600) and folders (0700) that others could read. Anything of another kind is reported elsewhere.
    private static func permissionProblems(_ path: String, relative: String, expected: mode_t) -> [Problem] {
        var st = stat()
        guard lstat(path, &st) == 0, st.st_mode & S_IFMT == (expected == 0o700 ? S_IFDIR : S_IFREG) else { return [] }
        let mode = st.st_mode & 0o777
        guard mode & ~expected != 0 else { return [] }
        return [Problem(file: relative, problem: String(format: "others can read it (mode %o; expected %o)", mode, expected))]
    }
}
