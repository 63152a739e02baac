import CSV
import Foundation

/// Reads a class list from a CSV file a school system exported: a header row, a name column, and optionally
/// id, preferred language and family contact. Every bad row is reported with its line number.
public enum RosterImport {
    public struct Problem: Equatable, Sendable, CustomStringConvertible {
        public var line: Int
        public var message: String
        public var description: String { "line \(line): \(message)" }
    }

    public struct Result: Equatable, Sendable {
        /// New students, ready to add (those already on the roster are left out).
        public var students: [RosterEntry]
        /// Rows naming a student already on the roster.
        public var alreadyThere: [String]
        public var problems: [Problem]
        /// False when the file as a whole cannot be trusted (a quote never closed): nothing may be imported.
        public var readable = true
        /// Of `alreadyThere`, those matched only by their name: the same child, unless the teacher says otherwise.
        public var sameName: [String] = []
    }

    /// A name already in the class (or twice in the file): the same child, or a second one with that name. The
    /// program and the command line ask the teacher the same question.
    public enum SameName: String, Sendable, CaseIterable { case same, second }

    static let nameHeaders = ["name", "student", "student name", "display name", "full name", "nombre"]
    static let idHeaders = ["id", "student id", "identifier"]
    static let languageHeaders = ["language", "preferred language", "home language", "idioma"]
    static let contactHeaders = ["family contact", "contact", "family", "parent", "email", "phone"]

    public static func read(_ text: String, into classroom: Classroom, sameName: SameName = .same) -> Result {
        let clean = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        if let open = unclosedQuote(clean) {
            // The rest of the file would be read as one field: nothing from it can be trusted.
            return Result(students: [], alreadyThere: [], problems: [
                Problem(line: open, message: "a quoted field starts here and is never closed (a \" is missing); nothing was imported"),
            ], readable: false)
        }
        let reader: CSVReader
        do {
            reader = try CSVReader(string: clean, hasHeaderRow: true, trimFields: true)
        } catch {
            return Result(students: [], alreadyThere: [], problems: [Problem(line: 1, message: "this is not a CSV file this program can read")])
        }
        let header = (reader.headerRow ?? []).map { $0.lowercased().trimmingCharacters(in: .whitespaces) }
        func column(_ names: [String]) -> Int? { header.firstIndex { names.contains($0) } }
        guard let nameColumn = column(nameHeaders) else {
            return Result(students: [], alreadyThere: [], problems: [Problem(line: 1, message: "the header has no name column (e.g. “name”)")])
        }
        var rows = Rows(classroom: classroom, sameName: sameName,
                        columns: [nameColumn, column(idHeaders), column(languageHeaders), column(contactHeaders)])
        // Line numbers count physical lines: a quoted field with a line break in it takes more than one.
        var line = 1 + (reader.headerRow?.joined().filter(\.isNewline).count ?? 0)
        while let row = reader.next() {
            line += 1
            let rowLine = line
            line += row.joined().filter(\.isNewline).count
            if row.allSatisfy({ $0.isEmpty }) { continue }
            if let problem = rows.take(row, line: rowLine) { rows.result.problems.append(problem) }
        }
        if let error = reader.error {
            rows.result.problems.append(Problem(line: line, message: "the file ends in the middle of a quoted field (\(error))"))
        }
        return rows.result
    }

    /// The rows read so far, and what each new one is: a new student, one already there, or a problem.
    private struct Rows {
        let classroom: Classroom
        let sameName: SameName
        /// Name, id, language and contact columns.
        let columns: [Int?]
        var result = Result(students: [], alreadyThere: [], problems: [])
        var taken: Set<StudentID>
        var knownNames: Set<String>

        init(classroom: Classroom, sameName: SameName, columns: [Int?]) {
            self.classroom = classroom
            self.sameName = sameName
            self.columns = columns
            taken = Set(classroom.allStudents.map(\.id))
            knownNames = Set(classroom.roster.map { Self.fold($0.displayName) })
        }

        static func fold(_ s: String) -> String {
            s.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: Locale(identifier: "en"))
        }

        mutating func take(_ row: [String], line: Int) -> Problem? {
            func field(_ i: Int) -> String { columns[i].flatMap { row.indices.contains($0) ? row[$0] : nil } ?? "" }
            let name = field(0), givenID = StudentID(field(1).lowercased()), language = field(2).lowercased(), contact = field(3)
            let languages = Set(classroom.starterSets.map(\.language))
            if name.isEmpty { return Problem(line: line, message: "no name") }
            if !language.isEmpty, !languages.contains(language) {
                return Problem(line: line, message: "unknown language “\(language)” (this class has \(languages.sorted().joined(separator: ", ")))")
            }
            if !givenID.isEmpty, !Identifier.isValidStudentID(givenID.rawValue) {
                return Problem(line: line, message: "the id “\(givenID)” may use only a–z, 0–9 and -")
            }
            if !givenID.isEmpty, classroom.student(givenID) != nil {
                result.alreadyThere.append(name)
                return nil
            }
            if givenID.isEmpty, knownNames.contains(Self.fold(name)), sameName == .same {
                result.alreadyThere.append(name)
                result.sameName.append(name)
                return nil
            }
            knownNames.insert(Self.fold(name))
            if !givenID.isEmpty, taken.contains(givenID) { return Problem(line: line, message: "the id “\(givenID)” appears twice") }
            let id = givenID.isEmpty ? Identifier.uniqueStudentID(for: name, taken: taken) : givenID
            taken.insert(id)
            result.students.append(RosterEntry(id: id, displayName: name, preferredLanguage: language.isEmpty ? "en" : language,
                                               familyContact: contact.isEmpty ? nil : contact))
            return nil
        }
    }

    /// The line where a quoted field opens and never closes, or nil when every quote is closed (RFC 4180: a
    /// quote opens a field only at its start; inside, "" is a quote).
    static func unclosedQuote(_ text: String) -> Int? {
        var line = 1
        var openedAt: Int?
        var atFieldStart = true
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            i += 1
            if c.isNewline { line += 1 }
            if openedAt != nil {
                guard c == "\"" else { continue }
                if i < chars.count, chars[i] == "\"" {
                    i += 1
                } else {
                    openedAt = nil
                    atFieldStart = false
                }
            } else if c == "\"", atFieldStart {
                openedAt = line
            } else {
                atFieldStart = c == "," || c == ";" || c == "\t" || c.isNewline
            }
        }
        return openedAt
    }
}
