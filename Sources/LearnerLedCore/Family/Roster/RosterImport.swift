import CSV
import Foundation

/// Reads a class list the way schools export them: a header row naming the columns (a name, or first and last
/// names, or "Last, First"; a school number, an email, a language by code or by name, a family contact), with
/// commas, semicolons or tabs. A re-import updates, never duplicates: a row is matched to a student by school number
/// when the file has one, else by email, else by name. Every bad row is reported with its line number.
public enum RosterImport {
    public struct Problem: Error, Equatable, Sendable, CustomStringConvertible {
        public var line: Int
        public var message: String
        public var description: String { line > 0 ? "line \(line): \(message)" : message }

        public init(line: Int, message: String) {
            self.line = line
            self.message = message
        }
    }

    /// What one row will do, for the preview and the report.
    public struct Row: Equatable, Sendable {
        public enum Outcome: Equatable, Sendable {
            case add
            /// What changed, in words ("renamed from Bruno", "language es").
            case update([String])
            case same
            /// A student taken off the roster: reported, to be put back from the class list, never added twice.
            case former
        }
        public var line: Int
        public var entry: RosterEntry
        public var outcome: Outcome
    }

    public struct Result: Equatable, Sendable {
        public var rows: [Row] = []
        public var problems: [Problem] = []
        /// False when the file as a whole cannot be trusted (a quote never closed): nothing may be imported.
        public var readable = true
        /// Rows matched to a student only by name: the same child, unless the teacher says a second one.
        public var sameName: [String] = []

        public init(rows: [Row] = [], problems: [Problem] = [], readable: Bool = true, sameName: [String] = []) {
            self.rows = rows
            self.problems = problems
            self.readable = readable
            self.sameName = sameName
        }

        /// New students, ready to add.
        public var students: [RosterEntry] { rows.filter { $0.outcome == .add }.map(\.entry) }
        /// Students whose name, language, number, email or contact the file changes (ids unchanged).
        public var updates: [RosterEntry] { rows.compactMap { if case .update = $0.outcome { return $0.entry } else { return nil } } }
        public var alreadyThere: [String] { rows.filter { $0.outcome == .same }.map(\.entry.displayName) }
        public var formers: [RosterEntry] { rows.filter { $0.outcome == .former }.map(\.entry) }

        /// What saving it does to the class.
        public var changes: [ClassroomChange] {
            (students.isEmpty ? [] : [.addStudents(students)]) + updates.map { .updateStudent($0) }
        }
    }

    /// A name already in the class (or twice in the file): the same child, or a second one with that name. The
    /// program and the command line ask the teacher the same question.
    public enum SameName: String, Sendable, CaseIterable { case same, second }

    public static func read(_ text: String, into classroom: Classroom, sameName: SameName = .same,
                            columns mapping: [RosterColumns.Role: String] = [:]) -> Result {
        let clean = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        if let open = unclosedQuote(clean) {
            // The rest of the file would be read as one field: nothing from it can be trusted.
            return Result(problems: [
                Problem(line: open, message: "a quoted field starts here and is never closed (a \" is missing); nothing was imported"),
            ], readable: false)
        }
        let reader: CSVReader
        let columns: RosterColumns
        do {
            reader = try CSVReader(string: clean, hasHeaderRow: true, trimFields: true, delimiter: RosterText.separator(of: clean))
            columns = try RosterColumns(header: reader.headerRow ?? [], mapping: mapping)
        } catch let problem as Problem {
            return Result(problems: [problem], readable: false)
        } catch {
            return Result(problems: [Problem(line: 1, message: "this is not a CSV file this program can read")], readable: false)
        }
        var rows = Rows(classroom: classroom, sameName: sameName, columns: columns)
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
