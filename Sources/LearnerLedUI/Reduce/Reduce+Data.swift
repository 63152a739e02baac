import Foundation
import LearnerLedCore
import TerminalKit

extension AppState {
    /// Portfolios read from disk (at start, or because another window saved). Changes of this session not
    /// yet saved are laid on top again, so nothing typed disappears from the screen.
    mutating func receive(_ loaded: [Portfolio], unreadable problems: [String: StoreError]) {
        for var p in loaded where visibleStudentIDs.contains(p.studentID) {
            for save in pending where save.studentID == p.studentID { try? save.change.apply(to: &p) }
            unreadable[p.studentID] = nil
            guard portfolios[p.studentID] != p else { continue }
            portfolios[p.studentID] = p
            summaries[p.studentID] = StudentSummary(p)
            rebuildRows(for: p.studentID)
        }
        for (id, error) in problems { unreadable[id] = error }
    }

    /// Applies a change to the screen's copy at once and asks for it to be saved.
    mutating func commit(_ change: PortfolioChange, to id: String, label: String?) -> [Effect] {
        if let problem = unreadable[id] {
            setStatus(problem.message, .error)
            return []
        }
        var p = portfolios[id] ?? Portfolio(studentID: id)
        let before = p
        do {
            try change.apply(to: &p)
        } catch {
            setStatus(error.message, .error)
            return []
        }
        portfolios[id] = p
        summaries[id] = StudentSummary(p)
        if let label, let inverse = change.inverse(before: before) {
            undo.append(UndoEntry(studentID: id, change: inverse, label: label))
            if undo.count > 100 { undo.removeFirst() }
        }
        rebuildRows(for: id)
        return [.save(studentID: id, change: change)]
    }

    mutating func saveFinished(_ id: String, _ change: PortfolioChange, _ result: Result<Portfolio, StoreError>) -> [Effect] {
        switch result {
        case .success(let saved):
            pending.removeAll { $0.studentID == id && $0.change == change }
            receive([saved], unreadable: [:])
            if pending.isEmpty {
                setStatus("Saved ✓", .saved)
            } else {
                setStatus("\(pending.count) change\(pending.count == 1 ? "" : "s") not saved yet — trying again.", .warning)
            }
        case .failure(let error) where error.documentIsUnreadable:
            unreadable[id] = error
            setStatus(error.message, .error)
        case .failure(let error) where error.isTransient:
            if !pending.contains(PendingSave(studentID: id, change: change)) {
                pending.append(PendingSave(studentID: id, change: change))
            }
            setStatus(error.message, .error)
        case .failure(let error):
            // A conflict: show what is really on disk, and say why this change did not land.
            pending.removeAll { $0.studentID == id && $0.change == change }
            setStatus(error.message, .error)
            return [.loadPortfolios(ids: [id])]
        }
        return []
    }

    /// Re-lays the list of every open screen showing this student, keeping the same artifact selected.
    mutating func rebuildRows(for id: String) {
        for i in screens.indices {
            guard case .portfolio(var s) = screens[i], s.studentID == id else { continue }
            s.rows = PortfolioRows.build(portfolios[id] ?? Portfolio(studentID: id), classroom: classroom,
                                         grouping: s.grouping, filter: s.filter.text)
            let keep = s.selectedArtifactID
            s.selected = keep.flatMap { k in s.rows.firstIndex { $0.artifactID == k } } ?? min(s.selected, max(0, s.rows.count - 1))
            s.selected = Self.artifactRow(near: s.selected, in: s.rows, step: 1)
            s.scroll = ListScroll.offset(selected: s.selected, current: s.scroll, visible: Layout.portfolioListRows(height),
                                         count: s.rows.count)
            screens[i] = .portfolio(s)
        }
    }

    /// The nearest artifact row from `index` in the direction of `step`, else the other way.
    static func artifactRow(near index: Int, in rows: [PortfolioRow], step: Int) -> Int {
        guard !rows.isEmpty else { return 0 }
        var i = max(0, min(index, rows.count - 1))
        while rows.indices.contains(i), case .header = rows[i] { i += step }
        if rows.indices.contains(i) { return i }
        i = max(0, min(index, rows.count - 1))
        while rows.indices.contains(i), case .header = rows[i] { i -= step }
        return rows.indices.contains(i) ? i : 0
    }

    /// After a resize, keep every list's selection in view.
    mutating func rescroll() {
        for i in screens.indices {
            switch screens[i] {
            case .portfolio(var s):
                s.scroll = ListScroll.offset(selected: s.selected, current: s.scroll,
                                             visible: Layout.portfolioListRows(height), count: s.rows.count)
                screens[i] = .portfolio(s)
            case .classList(var s):
                s.scroll = ListScroll.offset(selected: s.selected, current: s.scroll,
                                             visible: Layout.classListRows(height), count: filteredRoster(s.filter.text).count)
                screens[i] = .classList(s)
            default:
                break
            }
        }
    }

    func filteredRoster(_ filter: String) -> [RosterEntry] {
        let roster = classroom?.roster ?? []
        let query = filter.trimmingCharacters(in: .whitespaces)
        guard !query.isEmpty else { return roster }
        return roster.filter { $0.displayName.range(of: query, options: [.caseInsensitive, .diacriticInsensitive]) != nil }
    }
}
