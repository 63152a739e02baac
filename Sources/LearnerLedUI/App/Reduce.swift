import Foundation
import LearnerLedCore
import TerminalKit

/// The one place state changes. Pure apart from `now`, which the caller passes so tests can fix it.
public func reduce(_ state: inout AppState, _ action: Action, now: Date = Date()) -> [Effect] {
    state.clock = now
    let effects = state.reduceApp(action, now: now) ?? state.reduceScreen(action, now: now)
    state.navigation = Navigation()
    state.refreshChanged()
    return effects
}

extension AppState {
    /// What the run loop reports, and what every screen shares; nil for actions meant for the screen.
    mutating func reduceApp(_ action: Action, now: Date) -> [Effect]? {
        switch action {
        case .resized(let width, let height):
            self.width = width
            self.height = height
            return []
        case .tick(let date):
            today = Day(date)
            let retries = pending.map { Effect.save($0) }
            return isIdle(at: date) ? retries + signOut(now: now, idle: true) : retries
        case .portfoliosLoaded(let loaded, let problems):
            receive(loaded, unreadable: problems)
            return []
        case .saveFinished(let change, let result):
            return saveFinished(change, result)
        case .classroomChanged(let classroom):
            receive(classroom)
            return []
        case .teacherNotesLoaded(let id, let result):
            receiveTeacherNotes(id, result)
            return []
        case .accessLoaded(let loaded):
            access = loaded
            return []
        case .passphraseChecked(let matched):
            if matched { return unlockTeacher() }
            let strings = Strings.language(classroom?.language)
            update(PassphraseScreen.self) { $0.refused(strings) }
            return []
        case .signOut:
            return signOut(now: now)
        case .classroomOpened(let classroom, let folder, let isDemo):
            open(classroom, folder: folder, isDemo: isDemo)
            return [.loadPortfolios(ids: visibleStudentIDs), .loadAccess]
        case .failed(let error):
            setStatus(error.message(strings), .error)
            return []
        case .problemFound(let problem):
            screens.append(Screen(problem))
            return []
        case .terminate:
            return quit(now: now)
        case .quit where door != .direct && mode == .nobody && door == .kiosk:
            return []   // a class server's session is ended by the teacher, never by a child's key
        case .quit where door != .direct && isStudent:
            return signOut(now: now)   // a child who is done goes back to sign-in for the next one
        case .quit where door == .direct && isStudent && overlay == nil && pending.isEmpty:
            overlay = .confirm(.leave)
            return []
        case .quit:
            // With changes not yet on disk, q and Ctrl-C ask first; asked twice, they quit.
            if !pending.isEmpty, overlay != .confirm(.quitUnsaved) {
                overlay = .confirm(.quitUnsaved)
                return []
            }
            overlay = nil
            return quit(now: now)
        default:
            return nil
        }
    }

    /// A key's action for the overlay or the screen on top.
    mutating func reduceScreen(_ action: Action, now: Date) -> [Effect] {
        // A message is about the last thing done: a new key clears it, unless a change is still waiting to be saved.
        if pending.isEmpty { status = nil }
        lastKeyAt = now
        if let overlay { return reduceOverlay(overlay, action, now: now) }
        if action == .help {
            overlay = .help(offset: 0)
            return []
        }
        var top = screens.removeLast()
        navigation = Navigation()
        let effects = top.feature.reduce(action, &self, now: now) ?? []
        if !navigation.closesTop, !navigation.reset { screens.append(top) }
        for screen in navigation.opened {
            var opened = screen
            opened.feature.refresh(self)
            screens.append(opened)
        }
        if screens.isEmpty { screens = [Self.home(mode)] }
        return effects
    }

    mutating func reduceOverlay(_ overlay: Overlay, _ action: Action, now: Date) -> [Effect] {
        switch (overlay, action) {
        case (.help(let offset), _):
            // Arrows and pages scroll a long help; any other key closes it.
            let step: Int? = switch action {
            case .down: 1
            case .up: -1
            case .pageDown: 10
            case .pageUp: -10
            default: nil
            }
            let limit = Frame.maxHelpOffset(self)
            self.overlay = step.map { .help(offset: min(limit, max(0, offset + $0))) }
        case (.confirm(.discardForm), .confirm(true)):
            self.overlay = nil
            if screens.count > 1 { screens.removeLast() }
        case (.confirm(.quitUnsaved), .confirm(true)), (.confirm(.leave), .confirm(true)):
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
        var top = screens.removeLast()
        let effects = top.feature.saveBeforeQuit(&self, now: now)
        screens.append(top)
        quitting = true
        return effects + [.quit]
    }

    mutating func open(_ classroom: Classroom, folder: String, isDemo: Bool) {
        self.classroom = classroom
        dataFolder = folder
        self.isDemo = isDemo
        portfolios = [:]
        summaries = [:]
        unreadable = [:]
        undo = []
        if door != .direct { mode = .nobody }
        screens = [Self.home(mode)]
        everyoneChanged = true
        if isDemo {
            setStatus(tr("The demo classroom (your own data is kept apart). Teacher's passphrase: \(DemoClassroom.passphrase)"), .info)
        } else {
            setStatus(tr("Welcome to \(classroom.name)!"), .info)
        }
    }
}

extension Action {
    /// +1 for next (Tab, →), -1 for previous (Shift-Tab, ←).
    var step: Int { self == .nextField || self == .chooseNext || self == .nextStep ? 1 : -1 }
}
