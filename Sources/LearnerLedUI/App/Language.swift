import LearnerLedCore

extension AppState {
    /// The language of the person at the keys: a signed-in child's own when the program speaks it, else the
    /// class's (the teacher's screens, sign-in, a child whose language has no strings yet).
    var strings: Strings {
        if case .student(let id) = mode { return strings(for: id) }
        return Strings.language(classroom?.language)
    }

    /// A child's own language when the program speaks it, else the class's: for a child at the keys (signed in,
    /// or picking their pictures after choosing their name).
    func strings(for id: StudentID) -> Strings {
        classroom?.student(id).flatMap { Strings.speaking($0.preferredLanguage) } ?? Strings.language(classroom?.language)
    }

    /// The program's words in the language of the person at the keys.
    func tr(_ phrase: Phrase) -> String { strings(phrase) }
}
