import Foundation
import LearnerLedCore
import TerminalKit

extension AppState {
    mutating func reduceWelcome(_ action: Action) -> [Effect] {
        guard case .welcome(var s) = screen else { return [] }
        switch action {
        case .up, .down:
            s.selected = action == .up ? 0 : 1
            screen = .welcome(s)
            return []
        case .choose(let n): s.selected = n
        case .open: break
        default: return []
        }
        screen = .welcome(s)
        if s.selected == 0 { return [.openDemo] }
        screens.append(.newClassroom(NewClassroomForm()))
        return []
    }

    mutating func reduceClassList(_ action: Action) -> [Effect] {
        guard case .classList(var s) = screen else { return [] }
        let count = shownRoster(s).count
        let page = max(1, Layout.classListRows(height) - 1)
        switch action {
        case .up: s.selected = max(0, s.selected - 1)
        case .down: s.selected = min(max(0, count - 1), s.selected + 1)
        case .pageUp: s.selected = max(0, s.selected - page)
        case .pageDown: s.selected = min(max(0, count - 1), s.selected + page)
        case .first: s.selected = 0
        case .last: s.selected = max(0, count - 1)
        case .filter: s.filtering = true
        case .toggleSort:
            s.byNeed.toggle()
            s.selected = 0
            setStatus(s.byNeed ? "Sorted by who needs help most." : "Sorted by name.", .info)
        case .type(let key):
            s.filter.handle(key)
            s.selected = 0
        case .back where s.filtering:
            s.filtering = false
            s.filter = TextEditor("", maxLength: 60)
        case .open where s.filtering:
            s.filtering = false
        case .open:
            let roster = shownRoster(s)
            guard roster.indices.contains(s.selected) else { return [] }
            screen = .classList(s)
            return openPortfolio(roster[s.selected].id)
        case .liveView:
            let roster = shownRoster(s)
            guard roster.indices.contains(s.selected) else { return [] }
            screen = .classList(s)
            return openLiveView(roster[s.selected].id)
        case .classReflection:
            screens.append(.classReflection(ClassReflectionState()))
            return []
        case .settings:
            screens.append(.settings(SettingsMenuState()))
            return []
        case .editRules:
            guard let classroom else { return [] }
            screens.append(.boundaries(BoundariesForm(classroom.boundaries, subjects: classroom.subjects)))
            return []
        default:
            return []
        }
        s.scroll = ListScroll.offset(selected: s.selected, current: s.scroll, visible: Layout.classListRows(height),
                                     count: shownRoster(s).count)
        screen = .classList(s)
        return []
    }

    mutating func openPortfolio(_ id: String) -> [Effect] {
        screens.append(.portfolio(PortfolioState(studentID: id)))
        refresh(id)
        if let problem = unreadable[id], problem.documentIsUnreadable { return [.offerBackup(studentID: id, error: problem)] }
        return portfolios[id] == nil && unreadable[id] == nil ? [.loadPortfolios(ids: [id])] : []
    }

    mutating func reducePortfolio(_ action: Action, now: Date) -> [Effect] {
        guard case .portfolio(var s) = screen else { return [] }
        let id = s.studentID
        let visible = Layout.portfolioListRows(height)
        switch FindLine.reduce(action, filter: &s.filter, filtering: &s.filtering) {
        case .queryChanged:
            screen = .portfolio(s)
            refresh(id)
            return []
        case .kept:
            screen = .portfolio(s)
            return []
        case .notMine:
            break
        }
        switch action {
        case .up: s.selected = Self.artifactRow(near: s.selected - 1, in: s.rows, step: -1)
        case .down: s.selected = Self.artifactRow(near: s.selected + 1, in: s.rows, step: 1)
        case .pageUp: s.selected = Self.artifactRow(near: s.selected - max(1, visible - 1), in: s.rows, step: -1)
        case .pageDown: s.selected = Self.artifactRow(near: s.selected + max(1, visible - 1), in: s.rows, step: 1)
        case .first: s.selected = Self.artifactRow(near: 0, in: s.rows, step: 1)
        case .last: s.selected = Self.artifactRow(near: s.rows.count - 1, in: s.rows, step: -1)
        case .toggleGrouping:
            s.grouping = s.grouping == .subject ? .date : .subject
            screen = .portfolio(s)
            refresh(id)
            return []
        case .back:
            popScreen()
            return []
        case .add:
            guard let classroom, !isReadOnly(id) else { return readOnlyRefusal(id) }
            let hint = portfolios[id].flatMap { s.artifact(atRow: s.selected, in: $0)?.subjectID }
            screens.append(.artifactForm(ArtifactForm(studentID: id, editing: nil, subjects: classroom.subjects,
                                                      today: today, subjectHint: s.grouping == .subject ? hint : nil)))
            return []
        case .edit, .open:
            guard let classroom, let artifact = portfolios[id].flatMap({ s.artifact(atRow: s.selected, in: $0) }) else { return [] }
            guard !isReadOnly(id) else { return readOnlyRefusal(id) }
            screens.append(.artifactForm(ArtifactForm(studentID: id, editing: artifact, subjects: classroom.subjects, today: today)))
            return []
        case .delete:
            guard let artifact = portfolios[id].flatMap({ s.artifact(atRow: s.selected, in: $0) }) else { return [] }
            let effects = commit(.trashArtifact(id: artifact.id, at: now), to: id, label: "put back “\(artifact.title)”")
            if !effects.isEmpty { setStatus("Moved “\(artifact.title)” to the trash. u puts it back.", .info) }
            return effects
        case .undo:
            return undoLast(for: id)
        case .toggleNote:
            guard let artifact = portfolios[id].flatMap({ s.artifact(atRow: s.selected, in: $0) }) else { return [] }
            return toggleNote(on: artifact, of: id, now: now)
        case .prepare:
            screens.append(.prepare(PrepareState(studentID: id)))
            refresh(id)
            return []
        case .showTrash:
            screens.append(.trash(TrashState(studentID: id)))
            return []
        case .liveView where mode == .teacher:
            return openLiveView(id)
        case .openJournal:
            screens.append(.journal(JournalState(studentID: id)))
            refresh(id)
            return []
        case .write:
            return startJournalEntry(id, about: portfolios[id].flatMap { s.artifact(atRow: s.selected, in: $0) })
        case .familyFeedback where mode == .teacher:
            screens.append(.familyFeedback(FamilyFeedbackForm(studentID: id, feedback: portfolios[id]?.conference?.familyFeedback)))
            return []
        case .editTeacherNotes where mode == .teacher:
            screens.append(.teacherNotes(TeacherNotesForm(studentID: id, notes: teacherNotes[id])))
            return []
        case .decorate:
            guard let p = portfolios[id], !isReadOnly(id) else { return readOnlyRefusal(id) }
            screens.append(.decorate(DecorateForm(studentID: id, cover: p.cover, themeNames: themeNames)))
            return []
        default:
            return []
        }
        s.scroll = ListScroll.offset(selected: s.selected, current: s.scroll, visible: visible, count: s.rows.count)
        screen = .portfolio(s)
        return []
    }

    mutating func reduceTrash(_ action: Action) -> [Effect] {
        guard case .trash(var s) = screen else { return [] }
        let items = portfolios[s.studentID]?.trash ?? []
        switch action {
        case .up: s.selected = max(0, s.selected - 1)
        case .down: s.selected = min(max(0, items.count - 1), s.selected + 1)
        case .first: s.selected = 0
        case .last: s.selected = max(0, items.count - 1)
        case .back:
            popScreen()
            return []
        case .restore, .open:
            let newestFirst = Array(items.reversed())
            guard newestFirst.indices.contains(s.selected) else { return [] }
            let artifact = newestFirst[s.selected]
            let effects = commit(.restoreArtifact(id: artifact.id), to: s.studentID, label: "put “\(artifact.title)” back in the trash")
            if !effects.isEmpty { setStatus("Restored “\(artifact.title)”.", .info) }
            s.selected = min(s.selected, max(0, items.count - 2))
            screen = .trash(s)
            return effects
        default:
            return []
        }
        s.scroll = ListScroll.offset(selected: s.selected, current: s.scroll, visible: Layout.trashRows(height), count: items.count)
        screen = .trash(s)
        return []
    }

    mutating func reduceProblem(_ problem: ProblemState, _ action: Action) -> [Effect] {
        switch action {
        case .restore where problem.backup != nil:
            return [.restoreBackup(problem)]
        case .back:
            popScreen()
        default:
            break
        }
        return []
    }

    func isReadOnly(_ id: String) -> Bool { unreadable[id] != nil }

    mutating func readOnlyRefusal(_ id: String) -> [Effect] {
        if let problem = unreadable[id] { setStatus(problem.message, .error) }
        return []
    }
}
