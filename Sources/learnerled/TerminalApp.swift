import Foundation
import Glibc
import JSONReading
import LearnerLedCore
import LearnerLedUI
import NcursesTerminal
import TerminalKit

/// The full-screen program: read a key, reduce, run effects, draw. Redraws the whole canvas each frame;
/// the terminal layer sends only what changed.
enum TerminalApp {
    static func run(dataFolder: String, studentID: String?, themeName: String?, kiosk: Bool = false) -> Int32 {
        let store: DocumentStore
        do {
            store = try DocumentStore(root: dataFolder)
        } catch {
            complain("learnerled: \(error.message)")
            return 1
        }
        let session = Session(store: store)
        var classroom: Classroom?
        var startProblem: ProblemScreen?
        switch store.load(.classroom, as: Classroom.self) {
        case .success(let c): classroom = c
        case .failure(let e):
            startProblem = ProblemScreen(error: e, backup: store.newestGoodBackup(.classroom, as: Classroom.self), key: .classroom)
        }
        let access = try? store.load(.access, as: Access.self).get()
        var mode = AppState.Mode.nobody
        if let studentID {
            guard let student = resolve(studentID, in: classroom, folder: dataFolder) else { return 1 }
            mode = .student(student.id)
        }

        let catalog = ThemeCatalog(folders: [FileManager.default.currentDirectoryPath + "/Themes", dataFolder + "/themes"])
        var state = AppState(mode: mode, door: kiosk ? .kiosk : studentID == nil ? .signIn : .direct, dataFolder: dataFolder,
                             classroom: classroom, access: access,
                             teacherTheme: catalog.contains(themeName ?? "") ? themeName! : "classic",
                             themeNames: catalog.names.filter { $0 != "monochrome" })
        // On a child's own machine the pictures are still asked for, when the class uses them.
        if case .student(let id) = mode, access?.settings.picturePasswords == true, access?.pictures[id]?.count == 2 {
            state.askForPictures(of: id)
        }
        if let startProblem { state.showProblem(startProblem) }
        if let problem = catalog.problems.first {
            state.showWarning(problem)
        } else if let themeName, !catalog.contains(themeName) {
            state.showWarning("There is no theme called \(themeName); using classic.")
        }

        JSONReader.parkFrees()
        let terminal = Terminal()
        do {
            try terminal.start()
        } catch {
            complain("learnerled: \(error)")
            return 1
        }
        let noColor = (getenv("NO_COLOR").map { $0.pointee != 0 } ?? false) || terminal.colorDepth == .none
        var loop = RunLoop(state: state, session: session, terminal: terminal, catalog: catalog, noColor: noColor)
        let askingForPictures = state.visibleStudentIDs.isEmpty
        let initial: [Effect] = classroom == nil || askingForPictures ? [] : [.loadPortfolios(ids: state.visibleStudentIDs)]
        // A child's own machine opens on their portfolio: read it before the first frame, which is then the one they
        // use (an "opening…" frame would cost a whole frame more). Many students are read one by one after it.
        loop.run(initial: initial, now: state.visibleStudentIDs.count == 1)
        terminal.stop()
        let unsaved = loop.state.unsavedCount
        if unsaved > 0 {
            complain("learnerled: \(unsaved) change(s) could not be saved: "
                     + (loop.state.status?.text ?? "the data folder could not be written."))
            return 1
        }
        return 0
    }
}

extension TerminalApp {
    /// `--student` takes an id or a name ("Zoë Müller", "zoe"); when several children match, it lists them.
    static func resolve(_ query: String, in classroom: Classroom?, folder: String) -> RosterEntry? {
        let matches = classroom?.students(matching: query) ?? []
        switch matches.count {
        case 1: return matches[0]
        case 0:
            complain("learnerled: there is no student \"\(query)\" in \(folder). `learnerled list students` shows the names and ids.")
        default:
            complain("learnerled: \"\(query)\" could be " + matches.map { "\($0.displayName) (--student \($0.id))" }.joined(separator: ", ")
                     + ". Say which.")
        }
        return nil
    }
}

private struct RunLoop {
    var state: AppState
    let session: Session
    let terminal: Terminal
    let catalog: ThemeCatalog
    let noColor: Bool
    var appliedTheme: String?
    /// Monotonic: a wall clock set back must not stop retries and refreshes until it catches up.
    var lastTick = ContinuousClock.now
    /// Students still to read, after the first frame and never ahead of a key that is waiting.
    var loadQueue: [StudentID] = []

    mutating func run(initial: [Effect], now: Bool) {
        resize()
        if now, case .loadPortfolios(let ids)? = initial.first, ids.count == 1 { drawPreview(of: ids[0]) }
        perform(initial, now: now)
        while !state.quitting {
            draw(state)
            // A live view follows another terminal: look at the disk four times a second there, else once.
            let interval: Double = state.wantsFastRefresh ? 0.25 : 1
            let key = terminal.readKey(timeoutMs: loadQueue.isEmpty ? Int32(interval * 1000) : 0)
            // Ctrl-C is a key to the person (asks first if something is not saved); TERM and HUP are final.
            if let signal = Signals.takeQuitRequest() {
                dispatch(signal == SIGINT ? .quit : .terminate)
                if state.quitting { break }
            }
            switch key {
            case .resize?:
                resize()
            case .control("l")?:
                terminal.invalidate()
            case let key?:
                if let action = Keys.action(for: key, in: state) { dispatch(action) }
            case nil where !loadQueue.isEmpty:
                // Students are read one after another until a key is waiting or a twentieth of a second has passed:
                // a key waits for one student's file at most, and the screen is not redrawn for every student.
                let batch = ContinuousClock.now
                repeat {
                    let id = loadQueue.removeFirst()
                    perform([.loadPortfolios(ids: [id])], now: true)
                } while !loadQueue.isEmpty && !terminal.hasInputWaiting && batch.duration(to: .now) < .milliseconds(50)
                JSONReader.freeParked()
            case nil:
                // Nothing pressed for a while: what was read is freed now, where it costs no one a wait.
                JSONReader.freeParked()
            }
            if lastTick.duration(to: .now) >= .milliseconds(Int(interval * 1000)) { tick() }
        }
    }

    mutating func tick() {
        lastTick = .now
        dispatch(.tick(Date()))
        for action in session.changesOnDisk(Array(state.portfolios.keys)) { dispatch(action) }
    }

    mutating func resize() {
        let size = terminal.size
        dispatch(.resized(width: size.width, height: size.height))
        terminal.invalidate()
    }

    mutating func dispatch(_ action: Action) {
        perform(reduce(&state, action))
    }

    /// Runs effects in order; their outcomes are reduced in turn. Loading students is queued unless `now`.
    mutating func perform(_ effects: [Effect], now: Bool = false) {
        for effect in effects {
            if !now, case .loadPortfolios(let ids) = effect {
                loadQueue += ids.filter { !loadQueue.contains($0) }
                continue
            }
            for action in session.perform(effect, in: state) { dispatch(action) }
        }
    }

    /// A child's own machine opens on their portfolio. Its first frame is drawn from a preview — the artifacts on
    /// screen read whole, the others in outline — on a copy of the state; the whole file is read into the state
    /// itself straight after, before any key is taken, and that frame then differs from this one in nothing. (Of a
    /// 500-artifact portfolio the whole read is ~15 M instructions; of 15,000, ~150 ms.)
    mutating func drawPreview(of id: StudentID) {
        guard var preview = session.preview(id) else { return }
        var shown = state
        if shown.showPreview(&preview) { draw(shown) }
    }

    mutating func draw(_ state: AppState) {
        let name = noColor ? "monochrome" : state.themeName
        if name != appliedTheme {
            terminal.apply(noColor ? Theme.monochrome : catalog.theme(named: name))
            appliedTheme = name
        }
        terminal.draw(render(state))
    }
}
