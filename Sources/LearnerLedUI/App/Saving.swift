import Foundation
import LearnerLedCore

/// One way for every document to reach the disk: the change is shown at once, saved, and kept in `pending`
/// and retried while the disk says no. One count, one report.
extension AppState {
    /// A change to a student's portfolio. `label` makes it undoable ("u puts back …").
    mutating func commit(_ change: PortfolioChange, to id: StudentID, label: String?) -> [Effect] {
        if let problem = unreadable[id] {
            setStatus(problem.message(strings), .error)
            return []
        }
        var p = portfolios[id] ?? Portfolio(studentID: id)
        let before = p
        do {
            try change.apply(to: &p)
        } catch {
            setStatus(error.message(strings), .error)
            return []
        }
        portfolios[id] = p
        if let label, let inverse = change.inverse(before: before) {
            undo.append(UndoEntry(studentID: id, change: inverse, label: label))
            if undo.count > 100 { undo.removeFirst() }
        }
        changed.insert(id)
        return [.save(.portfolio(id, change))]
    }

    /// The teacher's change to the class.
    mutating func commitClassroom(_ change: ClassroomChange) -> [Effect] {
        guard var c = classroom else { return [] }
        do {
            try change.apply(to: &c)
        } catch {
            setStatus(error.message(strings), .error)
            return []
        }
        classroom = c
        everyoneChanged = true
        return [.save(.classroom(change))]
    }

    /// The teacher's private notes; never in a student's session.
    mutating func commitTeacherNotes(_ id: StudentID, _ change: TeacherNotesChange) -> [Effect] {
        guard isTeacher else { return [] }
        var notes = teacherNotes[id] ?? TeacherNotes(studentID: id)
        change.apply(to: &notes)
        teacherNotes[id] = notes
        return [.save(.teacherNotes(id, change))]
    }

    mutating func undoLast(for id: StudentID) -> [Effect] {
        guard let index = undo.lastIndex(where: { $0.studentID == id }) else {
            setStatus(tr("Nothing to undo."), .info)
            return []
        }
        let entry = undo.remove(at: index)
        let effects = commit(entry.change, to: id, label: nil)
        if !effects.isEmpty { setStatus(tr("Undone: \(entry.label)."), .info) }
        return effects
    }

    /// What the store said about a save: landed, to try again, or refused for good.
    mutating func saveFinished(_ change: DocumentChange, _ result: Result<SavedDocument, StoreError>) -> [Effect] {
        switch result {
        case .success(let saved):
            pending.removeAll { $0 == change }
            switch saved {
            case .portfolio(let p): receive([p], unreadable: [:])
            case .classroom(let c): receive(c)
            case .teacherNotes(let n): receiveTeacherNotes(n.studentID, .success(n))
            case .access(let a): access = a
            }
            reportSaved()
            return []
        case .failure(.notConfirmed(let file)):
            // The change is in the file; only the disk's confirmation is missing. Never saved twice.
            pending.removeAll { $0 == change }
            setStatus(StoreError.notConfirmed(file: file).message(strings), .warning)
            return reloadAfterConflict(change)
        case .failure(let error):
            if case .portfolio(let id, _) = change, error.documentIsUnreadable {
                unreadable[id] = error
                changed.insert(id)
                pending.removeAll { $0 == change }
            } else if error.isTransient {
                if !pending.contains(change) { pending.append(change) }
            } else {
                // A conflict: show what is really on disk, and say why this change did not land.
                pending.removeAll { $0 == change }
                setStatus(error.message(strings), .error)
                return reloadAfterConflict(change)
            }
            setStatus(error.message(strings), .error)
            return []
        }
    }

    /// Reads the document again, to show what is really on disk.
    private func reloadAfterConflict(_ change: DocumentChange) -> [Effect] {
        switch change {
        case .portfolio(let id, _), .teacherNotes(let id, _): return [.loadPortfolios(ids: [id])]
        case .classroom: return [.loadClassroom]
        case .access: return [.loadAccess]
        }
    }

    private mutating func reportSaved() {
        if pending.isEmpty {
            // What the action itself said (a rule to mind, how to undo) stays; it was saved all the same.
            if status == nil || status?.kind == .error || status?.kind == .saved { setStatus(tr("Saved") + " ✓", .saved) }
        } else {
            let n = pending.count
            setStatus(tr("\(count: n) changes not saved yet — trying again."), .warning)
        }
    }

    /// Portfolios read from disk (at start, or because another window saved). Changes of this session not
    /// yet saved are laid on top again, so nothing typed disappears from the screen.
    mutating func receive(_ loaded: [Portfolio], unreadable problems: [StudentID: StoreError]) {
        for var p in loaded where visibleStudentIDs.contains(p.studentID) {
            for case .portfolio(let id, let change) in pending where id == p.studentID { try? change.apply(to: &p) }
            // Readable again: the screens that said it was not must be told, even if its contents are the same.
            if unreadable.removeValue(forKey: p.studentID) != nil { changed.insert(p.studentID) }
            guard portfolios[p.studentID] != p else { continue }
            portfolios[p.studentID] = p
            changed.insert(p.studentID)
        }
        for (id, error) in problems {
            unreadable[id] = error
            changed.insert(id)
        }
    }

    /// The class as saved by this or another window, with this window's unsaved changes on top.
    mutating func receive(_ loaded: Classroom) {
        var c = loaded
        for case .classroom(let change) in pending { try? change.apply(to: &c) }
        guard c != classroom else { return }
        classroom = c
        everyoneChanged = true
    }

    mutating func receiveTeacherNotes(_ id: StudentID, _ result: Result<TeacherNotes?, StoreError>) {
        guard isTeacher else { return }
        switch result {
        case .success(let notes):
            var merged = notes
            for case .teacherNotes(let noteID, let change) in pending where noteID == id {
                var n = merged ?? TeacherNotes(studentID: id)
                change.apply(to: &n)
                merged = n
            }
            teacherNotes[id] = merged
        case .failure(let error):
            setStatus(error.message(strings), .error)
        }
    }

    /// Changes on screen that are not on disk yet.
    public var unsavedCount: Int { pending.count }
}
