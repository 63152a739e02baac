import Foundation
import LearnerLedCore
import TerminalKit

extension AppState {
    /// `w` from anywhere in a student's things: the end-of-lesson entry, about the artifact under the cursor if any.
    mutating func startJournalEntry(_ id: String, about artifact: Artifact?) -> [Effect] {
        guard let classroom, let p = portfolios[id], !isReadOnly(id) else { return readOnlyRefusal(id) }
        let starters = classroom.starters(for: classroom.student(id)?.preferredLanguage).lesson
        let recent = Array(p.artifacts.sorted { ($0.date, $0.id) > ($1.date, $1.id) }.prefix(20))
        screens.append(.journalEntry(JournalForm(studentID: id, editing: nil, starters: starters, subjects: classroom.subjects,
                                                 recent: recent, about: artifact)))
        return []
    }

    mutating func reduceJournal(_ action: Action, now: Date) -> [Effect] {
        guard case .journal(var s) = screen, let classroom else { return [] }
        let id = s.studentID
        let page = max(1, Layout.journalRows(height) - 1)
        switch FindLine.reduce(action, filter: &s.filter, filtering: &s.filtering) {
        case .queryChanged:
            s.selected = 0
            screen = .journal(s)
            refresh(id)
            return []
        case .kept:
            screen = .journal(s)
            return []
        case .notMine:
            break
        }
        switch action {
        case .up: s.selected = max(0, s.selected - 1)
        case .down: s.selected = min(max(0, s.rows.count - 1), s.selected + 1)
        case .pageUp: s.selected = max(0, s.selected - page)
        case .pageDown: s.selected = min(max(0, s.rows.count - 1), s.selected + page)
        case .first: s.selected = 0
        case .last: s.selected = max(0, s.rows.count - 1)
        case .back:
            popScreen()
            return []
        case .write, .add:
            screen = .journal(s)
            return startJournalEntry(id, about: nil)
        case .edit, .open:
            guard let p = portfolios[id], s.rows.indices.contains(s.selected),
                  let entry = p.journal.first(where: { $0.id == s.rows[s.selected] }) else { return [] }
            guard !isReadOnly(id) else { return readOnlyRefusal(id) }
            let starters = classroom.starters(for: classroom.student(id)?.preferredLanguage).lesson
            let recent = Array(p.artifacts.sorted { ($0.date, $0.id) > ($1.date, $1.id) }.prefix(20))
            screens.append(.journalEntry(JournalForm(studentID: id, editing: entry, starters: starters, subjects: classroom.subjects,
                                                     recent: recent, about: entry.artifactID.flatMap { p.artifact($0) })))
            return []
        case .delete:
            guard s.rows.indices.contains(s.selected) else { return [] }
            let effects = commit(.trashJournalEntry(id: s.rows[s.selected], at: now), to: id, label: "the journal entry")
            if !effects.isEmpty { setStatus("Moved the entry to the trash. u puts it back.", .info) }
            return effects
        case .undo:
            return undoLast(for: id)
        default:
            return []
        }
        s.scroll = ListScroll.offset(selected: s.selected, current: s.scroll, visible: Layout.journalRows(height), count: s.rows.count)
        screen = .journal(s)
        return []
    }

    mutating func reduceJournalEntry(_ action: Action, now: Date) -> [Effect] {
        guard case .journalEntry(var form) = screen, let classroom else { return [] }
        let starters = classroom.starters(for: classroom.student(form.studentID)?.preferredLanguage).lesson
        form.error = nil
        switch action {
        case .choose(let n) where form.focus == .starter && starters.indices.contains(n):
            // The second keystroke: the starter by its number, and straight on to the words.
            form.starterIndex = n
            form.focus = .words
        case .choosePrevious, .chooseNext:
            switch form.focus {
            case .starter: form.starterIndex = form.starterIndex.cycled(action.step, in: starters.count)
            case .subject: form.subjectIndex = form.subjectIndex.cycled(action.step, in: classroom.subjects.count + 1)
            case .artifact: form.artifactIndex = form.artifactIndex.cycled(action.step, in: form.artifactChoices.count)
            case .words: break
            }
        case .nextField, .previousField: form.focus = form.focus.cycled(action.step)
        case .type(let key):
            form.words.handle(key)
        case .back:
            screen = .journalEntry(form)
            if form.hasChanges { overlay = .confirm(.discardForm) } else { popScreen() }
            return []
        case .open where form.focus == .starter:
            form.focus = .words
        case .open:
            let words = form.words.text.trimmingCharacters(in: .whitespaces)
            guard !words.isEmpty else {
                form.error = "Finish the sentence, then press Enter."
                form.focus = .words
                break
            }
            let subject = form.subjectIndex == 0 ? nil : classroom.subjects[form.subjectIndex - 1].id
            let artifact = form.artifactChoices[form.artifactIndex].id
            var entry = form.original ?? JournalEntry(date: now, starter: starters[form.starterIndex], words: words)
            entry.starter = starters[form.starterIndex]
            entry.words = words
            entry.subjectID = subject
            entry.artifactID = artifact.isEmpty ? nil : artifact
            popScreen()
            if let original = form.original {
                guard entry != original else { return [] }
                return commit(.updateJournalEntry(entry, base: original), to: form.studentID, label: "changes to the journal entry")
            }
            let effects = commit(.addJournalEntry(entry), to: form.studentID, label: "the new journal entry")
            if !effects.isEmpty { setStatus("Kept in your journal: “\(entry.starter) \(entry.words)”", .info) }
            return effects
        default:
            return []
        }
        screen = .journalEntry(form)
        return []
    }

    mutating func reduceClassReflection(_ action: Action, now: Date) -> [Effect] {
        guard case .classReflection(var s) = screen else { return [] }
        switch action {
        case .choosePrevious, .chooseNext where s.startedAt == nil:
            s.minutes = min(30, max(1, s.minutes + action.step))
            s.secondsLeft = s.minutes * 60
        case .toggle:
            if s.startedAt != nil {
                s.secondsLeft = s.remaining(at: now)
                s.startedAt = nil
            } else {
                if s.secondsLeft == 0 { s.secondsLeft = s.minutes * 60 }
                s.startedAt = now
            }
        case .back:
            popScreen()
            return []
        default:
            return []
        }
        screen = .classReflection(s)
        return []
    }

    /// Students who wrote a journal entry on this day.
    func wroteToday(_ id: String) -> Bool {
        portfolios[id]?.journal.contains { $0.deletedAt == nil && Day($0.date) == today } ?? false
    }
}
