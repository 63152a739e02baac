import Foundation
import LearnerLedCore
import TerminalKit

/// What a roster import would do, one row a line, as a table that fits the width given: the command line's
/// `--dry-run` and the program's import screen show the same lines.
public enum RosterPreview {
    /// "2 to add · 1 to update · 27 unchanged" before; "Added 2 students · updated 1 · 27 unchanged" after.
    public static func summary(_ result: RosterImport.Result, done: Bool = false, _ tr: Strings = .english) -> String {
        let added = result.students.count, updated = result.updates.count
        let counts = [
            (added, done ? tr("added \(count: added) students") : tr("\(added) to add")),
            (updated, done ? tr("updated \(updated)") : tr("\(updated) to update")),
            (result.alreadyThere.count, tr("\(result.alreadyThere.count) unchanged")),
            (result.formers.count, tr("\(result.formers.count) taken off earlier")),
            (result.problems.count, tr("\(count: result.problems.count) bad rows skipped")),
        ]
        let text = counts.filter { $0.0 > 0 }.map(\.1).joined(separator: " · ")
        return text.isEmpty ? tr("Nothing to import.") : text.prefix(1).uppercased() + text.dropFirst() + "."
    }

    /// One line when children keep a language the class has no sentence starters in yet (nil when there is none).
    public static func languageNote(_ result: RosterImport.Result, classroom: Classroom, _ tr: Strings = .english) -> String? {
        let offered = Set(classroom.starterSets.map(\.language))
        let missing = Set((result.students + result.updates).map(\.preferredLanguage)).subtracting(offered).sorted()
        guard !missing.isEmpty else { return nil }
        let locale = Locale(identifier: tr.language)
        let names = missing.map { "\(locale.localizedString(forLanguageCode: $0) ?? $0) (\($0))" }.joined(separator: ", ")
        let fallback = classroom.starters(for: missing[0]).languageName
        return tr("No starters in \(names) yet: they use the \(fallback) ones for now.")
    }

    public static func lines(_ result: RosterImport.Result, width: Int, _ tr: Strings = .english) -> [String] {
        let nameWidth = max(10, min(28, (width - 24) / 2))
        var lines: [(line: Int, text: [String])] = []
        for r in result.rows {
            let (mark, what): (String, String) = switch r.outcome {
            case .add: ("+", r.entry.preferredLanguage == "en" ? tr("added") : tr("added, language \(r.entry.preferredLanguage)"))
            case .update(let changes): ("~", changes.joined(separator: ", "))
            case .same: ("=", result.sameName.contains(r.entry.displayName) ? tr("same name: taken as the same child") : tr("no change"))
            case .former: ("!", tr("taken off the roster earlier: put back from Former students"))
            }
            let id = r.outcome == .same && r.entry.id.isEmpty ? "" : r.entry.id.rawValue
            lines.append((r.line, row(mark, "\(r.line)", r.entry.displayName, id, what, nameWidth: nameWidth, width: width)))
        }
        for p in result.problems {
            lines.append((p.line, row("x", p.line > 0 ? "\(p.line)" : "", "", "", tr("skipped: \(p.message)"), nameWidth: nameWidth, width: width)))
        }
        // Skipped rows stand where they are in the file.
        let header = row("", tr("Line"), tr("Name"), tr("Id"), tr("What happens"), nameWidth: nameWidth, width: width)
        return header + lines.sorted { $0.line < $1.line }.flatMap(\.text)
    }

    /// One row of the table; what happens wraps under its own column rather than being cut.
    private static func row(_ mark: String, _ line: String, _ name: String, _ id: String, _ what: String,
                            nameWidth: Int, width: Int) -> [String] {
        let idWidth = max(8, min(18, nameWidth - 6))
        let start = pad(mark, 2) + pad(line, 6) + pad(name, nameWidth) + " " + pad(id, idWidth) + " "
        let indent = 2 + 6 + nameWidth + 1 + idWidth + 1
        let wrapped = Wrap.lines(what, width: max(10, width - indent))
        return zip([start] + Array(repeating: String(repeating: " ", count: indent), count: wrapped.count - 1), wrapped).map {
            DisplayText($0 + $1).prefix(columns: width, ellipsis: true).map(\.text).joined()
        }
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        let fitted = DisplayText(text).prefix(columns: width, ellipsis: true)
        let used = fitted.reduce(0) { $0 + $1.width }
        return fitted.map(\.text).joined() + String(repeating: " ", count: max(0, width - used))
    }
}
