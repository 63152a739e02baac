import LearnerLedCore

/// What a person or a class server types nearly every time — `learnerled`, with `--data`, `--student` or
/// `--theme`, and `learnerled kiosk --data DIR` — read without ArgumentParser, whose reflection over every
/// command was a quarter of a start. Anything else (every other command, `--help`, every mistake) is left to
/// ArgumentParser, which stays the one place that defines and explains the command line.
struct QuickStart {
    var data: String?
    var student: String?
    var theme: String?
    var kiosk = false

    init?(_ arguments: [String]) {
        var rest = arguments[...]
        if rest.first == "kiosk" {
            kiosk = true
            rest = rest.dropFirst()
        } else if rest.first == "open" {
            rest = rest.dropFirst()
        }
        while let word = rest.popFirst() {
            let name: Substring
            let value: String
            if let equals = word.firstIndex(of: "=") {
                name = word[..<equals]
                value = String(word[word.index(after: equals)...])
            } else {
                guard let next = rest.popFirst() else { return nil }
                name = word[...]
                value = next
            }
            guard !value.isEmpty, !value.hasPrefix("-") else { return nil }
            switch name {
            case "--data" where data == nil: data = value
            case "--student" where student == nil && !kiosk: student = value
            case "--theme" where theme == nil && !kiosk: theme = value
            default: return nil
            }
        }
    }

    func run() -> Int32 {
        TerminalApp.run(dataFolder: DataFolder.resolve(explicit: data), studentID: student, themeName: kiosk ? nil : theme,
                        kiosk: kiosk)
    }
}
