import Foundation
import LearnerLedCore
import TerminalKit

/// The class list as shown: found by name, sorted by name or by who needs help most, each student's figures
/// already in words. Derived when the data, the find line or the sort changes; a key that moves the cursor only
/// moves it over these (put in words on every frame, they were ~100,000 of a Down's ~380,000 instructions).
struct ClassRows: Equatable, Sendable {
    /// The name and the figures only: a frame passes each visible row, and a whole roster entry was six strings to
    /// retain and release for every row of every frame.
    struct Row: Equatable, Sendable {
        let id: StudentID
        let name: String
        let figures: Figures
    }

    enum Figures: Equatable, Sendable {
        /// Not read yet.
        case reading
        /// Why there are none: the file cannot be read, or one of its parts.
        case unreadable(String)
        /// One cell for each of `ClassColumn.allCases`, at its `rawValue`.
        case read([Cell])
    }

    struct Cell: Equatable, Sendable {
        let text: String
        let slot: Slot
        /// Columns the text takes, for the columns that are aligned right.
        let width: Int

        init(_ text: String, _ slot: Slot) {
            self.text = text
            self.slot = slot
            width = DisplayWidth.of(text)
        }
    }

    let rows: [Row]
    /// Everyone on the roster, found or not.
    let total: Int
    /// The column titles: "Name", then `ClassColumn.allCases`'.
    let titles: [String]
    /// The line above them, and the find line's label.
    let hint: String, findLabel: String
    /// The languages the words are in (`Strings.identity`).
    let languages: String

    init(_ app: AppState, find query: String, byNeed: Bool) {
        let tr = app.strings
        languages = tr.identity
        titles = [tr("Name")] + ClassColumn.allCases.map { tr($0.title) }
        hint = tr("Choose a student and press \(tr.ifPresent(ClassListScreen.openKey)) to open their portfolio.")
        findLabel = tr("Find:") + " "
        var roster = app.classroom?.roster ?? []
        total = roster.count
        let query = query.trimmingCharacters(in: .whitespaces)
        if !query.isEmpty {
            roster = roster.filter { $0.displayName.range(of: query, options: [.caseInsensitive, .diacriticInsensitive]) != nil }
        }
        if byNeed {
            roster = roster.enumerated().sorted { a, b in
                let na = app.summaries[a.element.id]?.needsHelp ?? 0, nb = app.summaries[b.element.id]?.needsHelp ?? 0
                return na != nb ? na > nb : a.offset < b.offset
            }.map(\.element)
        }
        rows = roster.map { entry in
            if let problem = app.unreadable[entry.id] {
                return Row(id: entry.id, name: entry.displayName, figures: .unreadable(problem.documentIsUnreadable ? "⚠ " + tr("cannot be read") : "⚠"))
            }
            guard let summary = app.summaries[entry.id] else { return Row(id: entry.id, name: entry.displayName, figures: .reading) }
            return Row(id: entry.id, name: entry.displayName, figures: .read(ClassColumn.allCases.map { $0.cell(summary, tr) }))
        }
    }
}

/// The class list's columns after the name. On a narrow screen the least needed go first, so the name keeps
/// room to be read.
enum ClassColumn: Int, CaseIterable {
    case artifacts, notes, prepared, practised, conference, last

    var title: Phrase {
        switch self {
        case .artifacts: return "Artifacts"
        case .notes: return "Notes"
        case .prepared: return "Prepared"
        case .practised: return "Practised"
        case .conference: return "Conference"
        case .last: return "Last"
        }
    }

    var width: Int {
        switch self {
        case .artifacts: return 9
        case .notes: return 5
        case .prepared: return 19
        case .practised: return 9
        case .conference: return 12
        case .last: return 7
        }
    }

    var alignRight: Bool { self == .artifacts || self == .notes || self == .practised }

    static let minimumName = 16

    static func nameWidth(_ width: Int, _ columns: [ClassColumn]) -> Int {
        width - columns.reduce(0) { $0 + $1.width + 1 } - 1
    }

    static func fitting(_ width: Int) -> [ClassColumn] {
        var columns = allCases
        for drop in [ClassColumn.last, .practised, .notes, .artifacts] where nameWidth(width, columns) < minimumName {
            columns.removeAll { $0 == drop }
        }
        return columns
    }

    func cell(_ s: StudentSummary, _ strings: Strings) -> ClassRows.Cell {
        let r = s.readiness
        switch self {
        case .artifacts: return .init(String(s.artifacts), .text)
        case .notes: return .init(r.notesChosen == 0 ? "—" : String(r.notesChosen), .text)
        case .prepared: return .init(r.summary(strings), r.isReady ? .success : r.notesChosen == 0 ? .muted : .text)
        case .practised: return .init(s.rehearsals == 0 ? "—" : "\(s.rehearsals)×", .text)
        case .conference:
            return .init(s.conferenceText(strings), s.conference == .done ? .success : s.conference == .inProgress ? .accent : .muted)
        case .last: return .init(s.lastActivity?.shortTitle(strings) ?? "—", .muted)
        }
    }
}
