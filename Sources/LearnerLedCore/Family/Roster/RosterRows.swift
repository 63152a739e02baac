import Foundation

extension RosterImport {
    /// The rows read so far, and what each new one is: a new student, a change to one, the same one, a former one,
    /// or a problem.
    struct Rows {
        let classroom: Classroom
        let sameName: SameName
        let columns: RosterColumns
        var result = Result()
        var taken: Set<StudentID>
        /// Names in the class and in the file so far, folded.
        var knownNames: Set<String>
        /// Names this file has listed so far, folded: a second row with one is a second child or a mistake.
        var inFile: Set<String> = []
        var numbersInFile: Set<String> = []
        /// Students of the class this file has named so far, with the line: a second row for one is a mistake.
        var matched: [StudentID: Int] = [:]

        init(classroom: Classroom, sameName: SameName, columns: RosterColumns) {
            self.classroom = classroom
            self.sameName = sameName
            self.columns = columns
            taken = Set(classroom.allStudents.map(\.id))
            knownNames = Set(classroom.roster.map { $0.displayName.nameKey })
        }

        /// The row as a student (with whether it gave a language), or what is wrong with it.
        func entry(_ row: [String], line: Int) -> Swift.Result<(RosterEntry, languageGiven: Bool), Problem> {
            func field(_ role: RosterColumns.Role) -> String {
                columns.index[role].flatMap { row.indices.contains($0) ? row[$0] : nil } ?? ""
            }
            let name = columns.name(field)
            if name.isEmpty { return .failure(Problem(line: line, message: "no name")) }
            let writtenLanguage = field(.language)
            let language = writtenLanguage.isEmpty ? nil : RosterLanguage.code(writtenLanguage)
            if !writtenLanguage.isEmpty, language == nil {
                return .failure(Problem(line: line, message: "unknown language “\(writtenLanguage)”"))
            }
            // A bare "ID" of digits is the school's number: our ids are made from names.
            let idIsNumber = !field(.id).isEmpty && field(.id).allSatisfy { $0.isASCII && $0.isNumber } && columns.index[.schoolID] == nil
            let givenID = StudentID(idIsNumber ? "" : field(.id).lowercased())
            if !givenID.isEmpty, !Identifier.isValidStudentID(givenID.rawValue) {
                return .failure(Problem(line: line, message: "the id “\(givenID)” may use only a–z, 0–9 and -"))
            }
            var entry = RosterEntry(id: givenID, displayName: name, preferredLanguage: language ?? "en",
                                    familyContact: field(.contact).isEmpty ? nil : field(.contact))
            entry.schoolID = idIsNumber ? field(.id) : field(.schoolID).isEmpty ? nil : field(.schoolID)
            entry.email = field(.email).isEmpty ? nil : field(.email)
            return .success((entry, language != nil))
        }

        mutating func take(_ row: [String], line: Int) -> Problem? {
            let (incoming, languageGiven): (RosterEntry, Bool)
            switch entry(row, line: line) {
            case .failure(let problem): return problem
            case .success(let read): (incoming, languageGiven) = read
            }
            let name = incoming.displayName, givenID = incoming.id
            if let number = incoming.schoolID, !numbersInFile.insert(number).inserted {
                return Problem(line: line, message: "the school number “\(number)” appears twice")
            }
            if let (existing, byName) = match(incoming) {
                if let first = matched.updateValue(line, forKey: existing.id) {
                    return Problem(line: line, message: "\(existing.displayName) (\(existing.id)) is already on line \(first)")
                }
                if byName, incoming.schoolID == nil, incoming.email == nil { result.sameName.append(name) }
                return record(existing, incoming, byName: byName, languageGiven: languageGiven, line: line)
            }
            if incoming.schoolID == nil, incoming.email == nil, knownNames.contains(name.nameKey), sameName == .same {
                // Nothing tells two children with one name apart: never merged, never added twice unasked.
                result.sameName.append(name)
                result.rows.append(Row(line: line, entry: incoming, outcome: .same))
                return nil
            }
            knownNames.insert(name.nameKey)
            inFile.insert(name.nameKey)
            if !givenID.isEmpty, taken.contains(givenID) { return Problem(line: line, message: "the id “\(givenID)” appears twice") }
            var added = incoming
            added.id = givenID.isEmpty ? Identifier.uniqueStudentID(for: name, taken: taken) : givenID
            taken.insert(added.id)
            result.rows.append(Row(line: line, entry: added, outcome: .add))
            return nil
        }

        /// The student this row is: by our id, else the school's number, else the email, else the name of a student
        /// the school has not numbered otherwise (unless the teacher said this is a second child with that name).
        func match(_ row: RosterEntry) -> (RosterEntry, byName: Bool)? {
            let all = classroom.allStudents
            if !row.id.isEmpty, let byID = all.first(where: { $0.id == row.id }) { return (byID, false) }
            if let number = row.schoolID, let byNumber = all.first(where: { $0.schoolID == number }) { return (byNumber, false) }
            if let email = row.email?.lowercased(), let byEmail = all.first(where: { $0.email?.lowercased() == email }) {
                return (byEmail, false)
            }
            guard sameName == .same, !inFile.contains(row.displayName.nameKey) else { return nil }
            let byName = all.filter {
                $0.displayName.nameKey == row.displayName.nameKey
                    && ($0.schoolID == nil || row.schoolID == nil) && ($0.email == nil || row.email == nil)
            }
            return byName.count == 1 ? (byName[0], true) : nil
        }

        /// A known student in the file again: the same, changed (a new name in the school's system), or a former one.
        /// Matched by name, the class's spelling stays ("Zoë", not an export's "Zoe").
        mutating func record(_ existing: RosterEntry, _ incoming: RosterEntry, byName: Bool, languageGiven: Bool, line: Int) -> Problem? {
            var updated = existing
            var changes: [String] = []
            if !byName, incoming.displayName != existing.displayName {
                changes.append("renamed from \(existing.displayName)")
                updated.displayName = incoming.displayName
            }
            if languageGiven, incoming.preferredLanguage != existing.preferredLanguage {
                changes.append("language \(incoming.preferredLanguage)")
                updated.preferredLanguage = incoming.preferredLanguage
            }
            for (label, path) in [("school number", \RosterEntry.schoolID), ("email", \RosterEntry.email), ("family contact", \RosterEntry.familyContact)]
            where incoming[keyPath: path] != nil && incoming[keyPath: path] != existing[keyPath: path] {
                changes.append("\(label) \(incoming[keyPath: path] ?? "")")
                updated[keyPath: path] = incoming[keyPath: path]
            }
            knownNames.insert(incoming.displayName.nameKey)
            inFile.insert(incoming.displayName.nameKey)
            let outcome: Row.Outcome = existing.removedAt != nil ? .former : changes.isEmpty ? .same : .update(changes)
            result.rows.append(Row(line: line, entry: updated, outcome: outcome))
            return nil
        }
    }
}
