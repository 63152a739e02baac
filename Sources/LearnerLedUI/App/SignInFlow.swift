import Foundation
import LearnerLedCore

/// Signing in and out: who the session is for, and that nothing of one person is left for the next.
extension AppState {
    /// A child is in: only their portfolio is read from now on.
    mutating func signIn(_ id: StudentID) -> [Effect] {
        mode = .student(id)
        resetScreens(to: [Self.home(mode)])
        everyoneChanged = true
        var effects: [Effect] = [.loadPortfolios(ids: [id])]
        if access?.lockouts[id] != nil { effects += commitAccess(.clearLockout(id)) }
        setStatus(tr("Hello, \(displayName(id))!"), .info)
        return effects
    }

    /// The teacher's passphrase matched: the whole class.
    mutating func unlockTeacher() -> [Effect] {
        mode = .teacher
        resetScreens(to: [Self.home(mode)])
        everyoneChanged = true
        setStatus(tr("Unlocked. Esc on the class list locks it again."), .info)
        return [.loadPortfolios(ids: visibleStudentIDs)]
    }

    /// Done, idle, or locked again: what can be saved is saved, then everything of theirs leaves memory and the
    /// screen, and the next person signs in.
    mutating func signOut(now: Date, idle: Bool = false) -> [Effect] {
        var effects: [Effect] = []
        if var top = screens.popLast() { effects = top.feature.saveBeforeQuit(&self, now: now) }
        let who = mode
        mode = .nobody
        portfolios = [:]
        summaries = [:]
        teacherNotes = [:]
        unreadable = [:]
        undo = []
        overlay = nil
        resetScreens(to: [Self.home(.nobody)])
        everyoneChanged = true
        switch who {
        case .teacher: setStatus(tr("Locked. The teacher's side needs the passphrase again."), .info)
        default: setStatus(idle ? tr("Back to sign-in after a quiet while. Everything was saved.") : tr("Saved. See you next time!"), .info)
        }
        return effects + [.loadAccess]
    }

    /// Sign-in settings and lockouts: shown at once, saved like every document.
    mutating func commitAccess(_ change: AccessChange) -> [Effect] {
        var a = access ?? Access()
        change.apply(to: &a)
        access = a
        return [.save(.access(change))]
    }

    /// A child's session left alone for the class's idle minutes goes back to sign-in — never in the middle of a
    /// rehearsal or the conference.
    func isIdle(at now: Date) -> Bool {
        guard door != .direct, case .student = mode else { return false }
        let minutes = access?.settings.idleMinutes ?? SignInSettings().idleMinutes
        guard minutes > 0, now.timeIntervalSince(lastKeyAt) >= Double(minutes * 60) else { return false }
        return !screens.contains { $0.feature is RehearsalScreen || $0.feature is ConferenceScreen }
    }
}
