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
    /// A child's own portfolio, on screen from its preview while the whole file is read on a worker thread.
    var previewed: PreviewedPortfolio?
    var wholeRead: BackgroundRead?
    /// The frame before the last one, drawn over for the next (see `draw`).
    var spare: Canvas?

    mutating func run(initial: [Effect], now: Bool) {
        resize()
        // A child's own machine opens on their portfolio, drawn first from a preview (an "opening…" frame would cost
        // a whole frame more); many students are read one by one after the first frame.
        if now, case .loadPortfolios(let ids)? = initial.first, ids.count == 1, let shown = session.preview(ids[0]),
           let previewed = PreviewedPortfolio(shown, showingIn: &state) {
            self.previewed = previewed
        } else {
            perform(initial, now: now)
        }
        while !state.quitting {
            if let outcome = wholeRead?.outcome { receiveWhole(outcome) }
            draw(state)
            // The whole file is read once the first frame is out, so that it does not hold the frame up.
            if previewed != nil, wholeRead == nil { startWholeRead() }
            // A live view follows another terminal: look at the disk four times a second there, else once. While the
            // whole file is read, look every few milliseconds whether it is in.
            let interval = Duration.milliseconds(state.wantsFastRefresh ? 250 : 1000)
            // Until the next look is due (at once when one is overdue: a key answered held it back).
            let untilTick = max(.zero, interval - lastTick.duration(to: .now))
            let wait: Int32 = previewed != nil ? 4 : loadQueue.isEmpty ? Int32((untilTick / .milliseconds(1)).rounded(.up)) : 0
            let key = terminal.readKey(timeoutMs: wait)
            // Ctrl-C is a key to the person (asks first if something is not saved); TERM and HUP are final.
            if let signal = Signals.takeQuitRequest() {
                answer(.action(signal == SIGINT ? .quit : .terminate))
                if state.quitting { break }
            }
            switch key {
            case .resize?:
                resize()
            case .control("l")?:
                terminal.invalidate()
            case let key?:
                answer(.key(key))
            case nil where !loadQueue.isEmpty:
                // Students are read one after another until a key is waiting or a twentieth of a second has passed:
                // a key waits for one student's file at most, and the screen is not redrawn for every student.
                let batch = ContinuousClock.now
                repeat {
                    let id = loadQueue.removeFirst()
                    perform([.loadPortfolios(ids: [id])], now: true)
                    JSONReader.freeParkedNow()
                } while !loadQueue.isEmpty && !terminal.hasInputWaiting && batch.duration(to: .now) < .milliseconds(50)
            case nil where previewed != nil:
                break
            case nil:
                // Nothing pressed for a while: what was read is freed now, where it costs no one a wait.
                JSONReader.freeParked()
            }
            // Not straight after a key: its frame comes first (a look at 30 students' files held it ~2 ms).
            if previewed == nil, key == nil, lastTick.duration(to: .now) >= interval { tick() }
        }
    }

    mutating func startWholeRead() {
        if let previewed { wholeRead = session.readInBackground(previewed.studentID) }
    }

    /// A key or the loop's own report, answered now — on the preview while there is one, which may hold it.
    mutating func answer(_ input: PreviewedPortfolio.Input) {
        if previewed != nil {
            // What the screen would show next did not read from the preview: wait for the whole file instead.
            if !previewed!.handle(input, in: &state) {
                if wholeRead == nil { startWholeRead() }
                receiveWhole(wholeRead!.wait())
            }
            return
        }
        switch input {
        case .key(let key): if let action = Keys.action(for: key, in: state) { dispatch(action) }
        case .action(let action): dispatch(action)
        }
    }

    /// The whole file is in: it replaces the preview, and what the preview held is answered on it, in order.
    mutating func receiveWhole(_ outcome: [Action]) {
        let held = previewed?.end(in: &state) ?? []
        previewed = nil
        wholeRead = nil
        for action in outcome { dispatch(action) }
        for input in held { answer(input) }
    }

    mutating func tick() {
        lastTick = .now
        dispatch(.tick(Date()))
        for action in session.changesOnDisk(Array(state.portfolios.keys)) { dispatch(action) }
    }

    mutating func resize() {
        let size = terminal.size
        answer(.action(.resized(width: size.width, height: size.height)))
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

    mutating func draw(_ state: AppState) {
        let name = noColor ? "monochrome" : state.themeName
        if name != appliedTheme {
            terminal.apply(noColor ? Theme.monochrome : catalog.theme(named: name))
            appliedTheme = name
        }
        let canvas = render(state, over: spare.take())
        spare = terminal.draw(canvas)
    }
}
