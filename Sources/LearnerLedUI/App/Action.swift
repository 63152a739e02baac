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
    /// A child is done (q, Ctrl-C in a classroom session, or idle): saved, then back to sign-in.
    case signOut
    case teacher
    case add, edit, delete, undo, showTrash, importRoster, decorate, toggleGrouping, restore
    case toggleNote, prepare, reflect, editNote, moveUp, moveDown, editRules
    case rehearse, nextStep, previousStep, toggleCues, toggle
    case openJournal, write, classReflection, settings, familyFeedback
    case startConference, liveView, toggleSort, markCovered, useQuestion(Int), writeNote, editTeacherNotes
    case conferenceRecord, classSummary, modelConference
    case switchPane
    /// A shortcut with its number: a starter by 1–6, a reason by its letter.
    case choose(Int)
    case confirm(Bool)
    /// An editing key for the focused text (a letter, Backspace, Left…).
    case type(Key)
    // From the run loop
    case resized(width: Int, height: Int)
    case tick(Date)
    case portfoliosLoaded([Portfolio], unreadable: [StudentID: StoreError])
    case saveFinished(DocumentChange, Result<SavedDocument, StoreError>)
    case classroomOpened(Classroom, folder: String, isDemo: Bool)
    /// Another window saved classroom.json.
    case classroomChanged(Classroom)
    case teacherNotesLoaded(StudentID, Result<TeacherNotes?, StoreError>)
    case accessLoaded(Access?)
    /// The teacher's passphrase, checked away from the keys (the hash takes a moment).
    case passphraseChecked(Bool)
    /// A class list file's text, or why it cannot be read (answers `readRosterFile`).
    case rosterFileRead(Result<String, RosterImport.Problem>)
    case failed(StoreError)
    case problemFound(ProblemScreen)
}

/// Work the run loop does for the reducer: anything touching the disk or the clock.
public enum Effect: Equatable, Sendable {
    case loadPortfolios(ids: [StudentID])
    /// One change to one document, shown already and saved now (retried until it lands).
    case save(DocumentChange)
    case loadClassroom
    case loadAccess
    /// Compares a typed passphrase with the stored hash; answered by `passphraseChecked`.
    case checkPassphrase(String)
    /// Reads a class list file the teacher named, in the encodings spreadsheets write.
    case readRosterFile(String)
    case openDemo
    /// A new class, and the hash of the teacher's passphrase chosen with it.
    case createClassroom(Classroom, passphrase: String)
    case restoreBackup(ProblemScreen)
    /// Find the newest readable earlier version of an unreadable student file and offer it.
    case offerBackup(studentID: StudentID, error: StoreError)
    case quit
}

/// A change to one of the three kinds of document, as it travels to the disk and back.
public enum DocumentChange: Equatable, Sendable {
    case portfolio(StudentID, PortfolioChange)
    case classroom(ClassroomChange)
    /// Teacher mode only: the session refuses these in a student's session.
    case teacherNotes(StudentID, TeacherNotesChange)
    /// Sign-in: lockouts from any session; settings and pictures from the teacher's.
    case access(AccessChange)
}

/// A document as the store saved it.
public enum SavedDocument: Equatable, Sendable {
    case portfolio(Portfolio)
    case classroom(Classroom)
    case teacherNotes(TeacherNotes)
    case access(Access)
}
