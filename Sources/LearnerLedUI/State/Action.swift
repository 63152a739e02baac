import Foundation
import LearnerLedCore
import TerminalKit

/// Everything that can happen: a key's meaning on the current screen, or the result of an effect.
public enum Action: Equatable, Sendable {
    // Moving
    case up, down, pageUp, pageDown, first, last
    case nextField, previousField, choosePrevious, chooseNext
    // Doing
    case open, back, quit, help, filter
    /// SIGTERM or SIGHUP: the program must end now; what can be saved is saved first.
    case terminate
    case add, edit, delete, undo, showTrash, decorate, toggleGrouping, restore
    case toggleNote, prepare, reflect, editNote, moveNoteUp, moveNoteDown, editRules
    case rehearse, resume, nextStep, previousStep, toggleCues, toggle
    case openJournal, write, classReflection, settings, familyFeedback
    case startConference, liveView, toggleSort, markCovered, useQuestion(Int), toggleTimer, writeNote, editTeacherNotes, switchPane
    case choose(Int)
    case confirm(Bool)
    /// An editing key for the focused text (a letter, Backspace, Left…).
    case type(Key)
    // From the run loop
    case resized(width: Int, height: Int)
    case tick(Date)
    case portfoliosLoaded([Portfolio], unreadable: [String: StoreError])
    case saveFinished(studentID: String, change: PortfolioChange, result: Result<Portfolio, StoreError>)
    case classroomOpened(Classroom, folder: String, isDemo: Bool)
    case classroomSaveFinished(change: ClassroomChange, result: Result<Classroom, StoreError>)
    /// Another window saved classroom.json.
    case classroomChanged(Classroom)
    case teacherNotesLoaded(studentID: String, Result<TeacherNotes?, StoreError>)
    case teacherNotesSaveFinished(studentID: String, change: TeacherNotesChange, result: Result<TeacherNotes, StoreError>)
    case failed(StoreError)
    case problemFound(ProblemState)
}

/// Work the run loop does for the reducer: anything touching the disk or the clock.
public enum Effect: Equatable, Sendable {
    case loadPortfolios(ids: [String])
    case save(studentID: String, change: PortfolioChange)
    case saveClassroom(ClassroomChange)
    /// Teacher mode only: the store refuses these in a student's session.
    case loadTeacherNotes(String)
    case saveTeacherNotes(String, TeacherNotesChange)
    case loadClassroom
    case openDemo
    case createClassroom(Classroom)
    case restoreBackup(ProblemState)
    /// Find the newest readable earlier version of an unreadable student file and offer it.
    case offerBackup(studentID: String, error: StoreError)
    case quit
}
