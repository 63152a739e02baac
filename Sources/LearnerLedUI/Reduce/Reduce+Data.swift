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
            refresh(p.studentID)
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
        if let label, let inverse = change.inverse(before: before) {
            undo.append(UndoEntry(studentID: id, change: inverse, label: label))
            if undo.count > 100 { undo.removeFirst() }
        }
        refresh(id)
        return [.save(studentID: id, change: change)]
    }

    mutating func saveFinished(_ id: String, _ change: PortfolioChange, _ result: Result<Portfolio, StoreError>) -> [Effect] {
        switch result {
        case .success(let saved):
            pending.removeAll { $0.studentID == id && $0.change == change }
            receive([saved], unreadable: [:])
            reportSaved()
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

    /// The teacher's change to the class, shown at once and saved.
    mutating func commitClassroom(_ change: ClassroomChange) -> [Effect] {
        guard var c = classroom else { return [] }
        do {
            try change.apply(to: &c)
        } catch {
            setStatus(error.message, .error)
            return []
        }
        classroom = c
        refreshAll()
        return [.saveClassroom(change)]
    }

    mutating func classroomSaveFinished(_ change: ClassroomChange, _ result: Result<Classroom, StoreError>) -> [Effect] {
        switch result {
        case .success(let saved):
            pendingClassroom.removeAll { $0 == change }
            receive(saved)
            reportSaved()
        case .failure(let error) where error.isTransient:
            if !pendingClassroom.contains(change) { pendingClassroom.append(change) }
            setStatus(error.message, .error)
        case .failure(let error):
            pendingClassroom.removeAll { $0 == change }
            setStatus(error.message, .error)
            return [.loadClassroom]
        }
        return []
    }

    /// The class as saved by this or another window, with this window's unsaved changes on top.
    mutating func receive(_ loaded: Classroom) {
        var c = loaded
        for change in pendingClassroom { try? change.apply(to: &c) }
        guard c != classroom else { return }
        classroom = c
        refreshAll()
    }

    private mutating func reportSaved() {
        let waiting = pending.count + pendingClassroom.count
        if waiting == 0 {
            // What the action itself said (a rule to mind, how to undo) stays; it was saved all the same.
            if status == nil || status?.kind == .error || status?.kind == .saved { setStatus("Saved ✓", .saved) }
        } else {
            setStatus("\(waiting) change\(waiting == 1 ? "" : "s") not saved yet — trying again.", .warning)
        }
    }

    mutating func refreshAll() {
        for id in portfolios.keys { refresh(id) }
    }

    /// Re-derives what the screens show of one student after their portfolio (or the class rules) changed:
    /// the class-list summary, the portfolio list and the sticky wall. Never done on a mere cursor move.
    mutating func refresh(_ id: String) {
        guard let classroom else { return }
        let p = portfolios[id] ?? Portfolio(studentID: id)
        summaries[id] = StudentSummary(p, in: classroom)
        for i in screens.indices {
            switch screens[i] {
            case .portfolio(var s) where s.studentID == id:
                s.rows = PortfolioRows.build(p, classroom: classroom, grouping: s.grouping, filter: s.filter.text)
                let keep = s.selectedArtifactID
                s.selected = keep.flatMap { k in s.rows.firstIndex { $0.artifactID == k } } ?? min(s.selected, max(0, s.rows.count - 1))
                s.selected = Self.artifactRow(near: s.selected, in: s.rows, step: 1)
                s.scroll = ListScroll.offset(selected: s.selected, current: s.scroll, visible: Layout.portfolioListRows(height),
                                             count: s.rows.count)
                screens[i] = .portfolio(s)
            case .liveSupport(var s) where s.studentID == id:
                s.steps = ConferenceScript.steps(for: p, in: classroom)
                s.agendaRows = PortfolioRows.chosen(p)
                // Follow the student: when their step moves, the teacher's place moves to the same artifact.
                let step = p.conference?.currentStep
                if let step, step != s.followedStep, s.steps.indices.contains(step) {
                    s.followedStep = step
                    if let artifact = s.steps[step].artifactID, let i = s.agenda.firstIndex(of: artifact) {
                        s.agendaIndex = i
                    } else if case .closing = s.steps[step].kind {
                        s.agendaIndex = s.agendaRows.count
                    }
                }
                s.agendaIndex = min(s.agendaIndex, s.agendaRows.count)
                screens[i] = .liveSupport(s)
            case .journal(var s) where s.studentID == id:
                let query = s.filter.text.trimmingCharacters(in: .whitespaces)
                let options: String.CompareOptions = [.caseInsensitive, .diacriticInsensitive]
                s.rows = p.entries.filter { e in
                    query.isEmpty || [e.words, e.starter, e.subjectID.flatMap { classroom.subject($0)?.name } ?? ""]
                        .contains { $0.range(of: query, options: options) != nil }
                }.map(\.id)
                s.selected = min(s.selected, max(0, s.rows.count - 1))
                screens[i] = .journal(s)
            case .prepare(var s) where s.studentID == id:
                let keep = s.notes.indices.contains(s.selected) ? s.notes[s.selected].artifactID : nil
                s.notes = PortfolioRows.chosen(p)
                s.selected = keep.flatMap { k in s.notes.firstIndex { $0.artifactID == k } } ?? min(s.selected, max(0, s.notes.count - 1))
                s.rules = BoundaryCheck.results(for: p, in: classroom)
                s.readiness = Readiness(p, in: classroom)
                screens[i] = .prepare(s)
            default:
                break
            }
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
                                             visible: Layout.classListRows(height), count: shownRoster(s).count)
                screens[i] = .classList(s)
            default:
                break
            }
        }
    }

    /// The class list as shown: found by name, sorted by name or by who needs help most.
    func filteredRoster(_ filter: String, byNeed: Bool = false) -> [RosterEntry] {
        var roster = classroom?.roster ?? []
        let query = filter.trimmingCharacters(in: .whitespaces)
        if !query.isEmpty {
            roster = roster.filter { $0.displayName.range(of: query, options: [.caseInsensitive, .diacriticInsensitive]) != nil }
        }
        guard byNeed else { return roster }
        return roster.enumerated().sorted { a, b in
            let na = summaries[a.element.id]?.needsHelp ?? 0, nb = summaries[b.element.id]?.needsHelp ?? 0
            return na != nb ? na > nb : a.offset < b.offset
        }.map(\.element)
    }

    func shownRoster(_ s: ClassListState) -> [RosterEntry] { filteredRoster(s.filter.text, byNeed: s.byNeed) }
}
