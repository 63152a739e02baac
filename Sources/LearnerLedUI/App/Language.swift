import LearnerLedCore

extension AppState {
    /// The language of the person at the keys: a signed-in child's own when the program speaks it, else the
    /// class's (the teacher's screens, sign-in, a child whose language has no strings yet).
    var strings: Strings {
        if case .student(let id) = mode, let code = classroom?.student(id)?.preferredLanguage,
           let own = Strings.speaking(code) {
            return own
        }
        return Strings.language(classroom?.language)
    }

    /// The program's words in the language of the person at the keys.
    func tr(_ phrase: Phrase) -> String { strings(phrase) }
}
