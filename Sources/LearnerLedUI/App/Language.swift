import LearnerLedCore

extension AppState {
    /// The language of the person at the keys: a signed-in child's own when the program speaks it, else the
    /// class's (the teacher's screens, sign-in, a child whose language has no strings yet).
    var strings: Strings {
        switch mode {
        case .student(let id): return strings(for: id)
        case .teacher: return Strings.language(classroom?.language)
        case .nobody: return signInStrings
        }
    }

    /// The class's language and the two others its children speak most.
    static func signInLanguages(of classroom: Classroom?) -> [String] {
        guard let classroom else { return ["en"] }
        let own = Strings.language(classroom.language).language
        var counts: [String: Int] = [:]
        for entry in classroom.roster {
            guard let code = Strings.speaking(entry.preferredLanguage)?.language, code != own else { continue }
            counts[code, default: 0] += 1
        }
        let others = counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(2).map(\.key)
        return [own] + others
    }

    /// A child's own language when the program speaks it, else the class's: for a child at the keys (signed in,
    /// or picking their pictures after choosing their name).
    func strings(for id: StudentID) -> Strings {
        // `allStudents`, not `roster`: this runs for every phrase drawn, and the roster is a filtered copy. Ids are
        // compared in place, not each entry copied out.
        if let students = classroom?.allStudents, let i = students.indices.first(where: { students[$0].id == id }),
           let strings = Strings.speaking(students[i].preferredLanguage) {
            return strings
        }
        return Strings.language(classroom?.language)
    }

    /// The program's words in the language of the person at the keys.
    func tr(_ phrase: Phrase) -> String { strings(phrase) }
}
