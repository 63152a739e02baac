import Foundation
import LearnerLedCore
import TerminalKit

/// The one place state changes. Pure apart from `now`, which the caller passes so tests can fix it.
public func reduce(_ state: inout AppState, _ action: Action, now: Date = Date()) -> [Effect] {
    state.clock = now
    switch action {
    case .resized(let width, let height):
        state.width = width
        state.height = height
        state.rescroll()
        return []
    case .tick(let date):
        state.today = Day(date)
        return state.pending.map { .save(studentID: $0.studentID, change: $0.change) }
            + state.pendingClassroom.map { .saveClassroom($0) }
            + state.pendingTeacher.map { .saveTeacherNotes($0.studentID, $0.change) }
    case .portfoliosLoaded(let portfolios, let unreadable):
        state.receive(portfolios, unreadable: unreadable)
        return []
    case .saveFinished(let id, let change, let result):
        return state.saveFinished(id, change, result)
    case .classroomSaveFinished(let change, let result):
        return state.classroomSaveFinished(change, result)
    case .classroomChanged(let classroom):
        state.receive(classroom)
        return []
    case .teacherNotesLoaded(let id, let result):
        switch result {
        case .success(let notes):
            var merged = notes
            for p in state.pendingTeacher where p.studentID == id {
                var n = merged ?? TeacherNotes(studentID: id)
                p.change.apply(to: &n)
                merged = n
            }
            state.teacherNotes[id] = merged
        case .failure(let error): state.status = AppState.Status(text: error.message, kind: .error)
        }
        return []
    case .teacherNotesSaveFinished(let id, let change, let result):
        return state.teacherNotesSaveFinished(id, change, result)
    case .classroomOpened(let classroom, let folder, let isDemo):
        state.open(classroom, folder: folder, isDemo: isDemo)
        return [.loadPortfolios(ids: state.visibleStudentIDs)]
    case .failed(let error):
        state.status = AppState.Status(text: error.message, kind: .error)
        return []
    case .problemFound(let problem):
        state.screens.append(.problem(problem))
        return []
    case .terminate:
        return state.quit(now: now)
    case .quit:
        // With changes not yet on disk, q and Ctrl-C ask first; asked twice, they quit.
        if state.unsavedCount > 0, state.overlay != .confirm(.quitUnsaved) {
            state.overlay = .confirm(.quitUnsaved)
            return []
        }
        state.overlay = nil
        return state.quit(now: now)
    default:
        break
    }

    // A message is about the last thing done: a new key clears it, unless a change is still waiting to be saved.
    if state.pending.isEmpty && state.pendingClassroom.isEmpty && state.pendingTeacher.isEmpty { state.status = nil }
    if let overlay = state.overlay {
        return state.reduceOverlay(overlay, action, now: now)
    }
    if action == .help {
        state.overlay = .help
        return []
    }
    switch state.screen {
    case .welcome: return state.reduceWelcome(action)
    case .newClassroom: return state.reduceNewClassroom(action)
    case .classList: return state.reduceClassList(action)
    case .portfolio: return state.reducePortfolio(action, now: now)
    case .artifactForm: return state.reduceArtifactForm(action, now: now)
    case .trash: return state.reduceTrash(action)
    case .decorate: return state.reduceDecorate(action)
    case .problem(let problem): return state.reduceProblem(problem, action)
    case .stickyNote: return state.reduceStickyNote(action, now: now)
    case .prepare: return state.reducePrepare(action, now: now)
    case .reflection: return state.reduceReflection(action, now: now)
    case .boundaries: return state.reduceBoundaries(action)
    case .rehearsalSetup: return state.reduceRehearsalSetup(action, now: now)
    case .rehearsal: return state.reduceRehearsal(action, now: now)
    case .rehearsalCheck: return state.reduceRehearsalCheck(action, now: now)
    case .conferenceSetup: return state.reduceConferenceSetup(action, now: now)
    case .conferenceClose: return state.reduceConferenceClose(action, now: now)
    case .liveSupport: return state.reduceLiveSupport(action, now: now)
    case .teacherNotes: return state.reduceTeacherNotes(action)
    case .journal: return state.reduceJournal(action, now: now)
    case .journalEntry: return state.reduceJournalEntry(action, now: now)
    case .classReflection: return state.reduceClassReflection(action, now: now)
    case .settings: return state.reduceSettings(action)
    case .listEditor: return state.reduceListEditor(action)
    case .newLanguage: return state.reduceNewLanguage(action)
    case .conferenceSettings: return state.reduceConferenceSettings(action)
    case .slot: return state.reduceSlot(action)
    case .familyFeedback: return state.reduceFamilyFeedback(action)
    }
}

extension AppState {
    mutating func reduceOverlay(_ overlay: Overlay, _ action: Action, now: Date) -> [Effect] {
        switch (overlay, action) {
        case (.help, _):
            self.overlay = nil
        case (.confirm(.discardForm), .confirm(true)):
            self.overlay = nil
            popScreen()
        case (.confirm(.quitUnsaved), .confirm(true)):
            self.overlay = nil
            return quit(now: now)
        case (.confirm, .confirm(false)):
            self.overlay = nil
        default:
            break
        }
        return []
    }

    /// `q`, Ctrl-C, SIGTERM, SIGHUP: a form with something valid in it is saved first; nothing typed is
    /// thrown away silently.
    mutating func quit(now: Date) -> [Effect] {
        var effects: [Effect] = []
        switch screen {
        case .artifactForm(let form) where form.hasChanges:
            if let classroom, case .success(let artifact) = form.artifact(subjects: classroom.subjects, now: now) {
                effects += commit(form.original.map { .updateArtifact(artifact, base: $0) } ?? .addArtifact(artifact),
                                  to: form.studentID, label: nil)
            }
        case .reflection(let form) where form.hasChanges:
            effects += commit(form.change(now: now), to: form.studentID, label: nil)
        default:
            break
        }
        quitting = true
        return effects + [.quit]
    }

    /// Changes on screen that are not on disk yet.
    public var unsavedCount: Int { pending.count + pendingClassroom.count + pendingTeacher.count }

    mutating func popScreen() {
        if screens.count > 1 { screens.removeLast() }
    }

    mutating func setStatus(_ text: String, _ kind: StatusKind) {
        status = Status(text: text, kind: kind)
    }

    /// Students this session may see: the whole roster for the teacher, only themselves for a student.
    public var visibleStudentIDs: [String] {
        switch mode {
        case .teacher: return classroom?.roster.map(\.id) ?? []
        case .student(let id): return [id]
        }
    }

    mutating func open(_ classroom: Classroom, folder: String, isDemo: Bool) {
        self.classroom = classroom
        dataFolder = folder
        self.isDemo = isDemo
        portfolios = [:]
        summaries = [:]
        unreadable = [:]
        undo = []
        switch mode {
        case .teacher: screens = [.classList(ClassListState())]
        case .student(let id): screens = [.portfolio(PortfolioState(studentID: id))]
        }
        setStatus(isDemo ? "This is the demo classroom. Your own data is kept apart." : "Welcome to \(classroom.name)!", .info)
    }
}
