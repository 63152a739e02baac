import LearnerLedCore
import TerminalKit

/// Draws the whole frame for a state. Pure: the same state gives the same cells.
public func render(_ state: AppState, into canvas: inout Canvas) {
    canvas.fill(canvas.bounds, .background)
    canvas.cursor = nil
    if state.isTooSmall {
        renderTooSmall(state, &canvas)
        return
    }
    renderHeader(state, &canvas)
    let body = Layout.body(canvas.width, canvas.height)
    renderScreen(state.screens.count - 1, state, body, &canvas)
    renderStatus(state, &canvas)
    Widgets.helpBar(&canvas, Rect(x: 0, y: canvas.height - 1, width: canvas.width, height: 1), Keymaps.table(for: state))
    switch state.overlay {
    case .help?: renderHelp(state, body, &canvas)
    case .confirm(.discardForm)?:
        canvas.cursor = nil
        Widgets.confirm(&canvas, in: body, question: "Throw away what you typed?", yes: "y  Yes, throw it away",
                        no: "n  No, keep it")
    case .confirm(.quitUnsaved)?:
        canvas.cursor = nil
        Widgets.confirm(&canvas, in: body,
                        question: "\(state.unsavedCount) change\(state.unsavedCount == 1 ? " is" : "s are") not saved yet: \(state.status?.text ?? "the data folder cannot be written."). Quit and lose \(state.unsavedCount == 1 ? "it" : "them")?",
                        yes: "y  Quit anyway", no: "n  Stay and keep trying")
    case nil: break
    }
}

/// Draws one screen of the stack. A dialog (the sticky note) draws the screen under it first.
func renderScreen(_ index: Int, _ state: AppState, _ body: Rect, _ canvas: inout Canvas) {
    switch state.screens[index] {
    case .welcome(let s): renderWelcome(s, state, body, &canvas)
    case .newClassroom(let f): renderNewClassroom(f, body, &canvas)
    case .classList(let s): renderClassList(s, state, body, &canvas)
    case .portfolio(let s): renderPortfolio(s, state, body, &canvas)
    case .artifactForm(let f): renderArtifactForm(f, state, body, &canvas)
    case .trash(let s): renderTrash(s, state, body, &canvas)
    case .decorate(let f): renderDecorate(f, state, body, &canvas)
    case .problem(let p): renderProblem(p, body, &canvas)
    case .prepare(let s): renderPrepare(s, state, body, &canvas)
    case .reflection(let f): renderReflection(f, state, body, &canvas)
    case .boundaries(let f): renderBoundaries(f, state, body, &canvas)
    case .rehearsalSetup(let f): renderRehearsalSetup(f, state, body, &canvas)
    case .rehearsal(let r): renderRehearsal(r, state, body, &canvas)
    case .rehearsalCheck(let f): renderRehearsalCheck(f, state, body, &canvas)
    case .conferenceSetup(let f): renderConferenceSetup(f, state, body, &canvas)
    case .conferenceClose(let f): renderConferenceClose(f, state, body, &canvas)
    case .liveSupport(let s): renderLiveSupport(s, state, body, &canvas)
    case .teacherNotes(let f): renderTeacherNotes(f, state, body, &canvas)
    case .journal(let s): renderJournal(s, state, body, &canvas)
    case .journalEntry(let f): renderJournalEntry(f, state, body, &canvas)
    case .classReflection(let s): renderClassReflection(s, state, body, &canvas)
    case .settings(let s): renderSettings(s, state, body, &canvas)
    case .listEditor(let e): renderListEditor(e, state, body, &canvas)
    case .newLanguage(let f): renderNewLanguage(f, state, body, &canvas)
    case .conferenceSettings(let s): renderConferenceSettings(s, state, body, &canvas)
    case .slot(let f, _): renderSlot(f, state, body, &canvas)
    case .familyFeedback(let f): renderFamilyFeedback(f, state, body, &canvas)
    case .stickyNote(let f):
        if index > 0 { renderScreen(index - 1, state, body, &canvas) }
        canvas.cursor = nil
        renderStickyNote(f, state, body, &canvas)
    }
}

/// Renders a fresh canvas of the state's size.
public func render(_ state: AppState) -> Canvas {
    var canvas = Canvas(width: state.width, height: state.height)
    render(state, into: &canvas)
    return canvas
}

func renderTooSmall(_ state: AppState, _ canvas: inout Canvas) {
    let lines = ["Please make the window bigger.",
                 "LearnerLed needs at least \(AppState.minimumWidth)×\(AppState.minimumHeight);",
                 "this one is \(state.width)×\(state.height).", "", "q quits"]
    let top = max(0, (canvas.height - lines.count) / 2)
    for (i, line) in lines.enumerated() {
        let x = max(0, (canvas.width - DisplayWidth.of(line)) / 2)
        canvas.text(line, x: x, y: top + i, slot: i == 0 ? .title : .text)
    }
}

func renderHeader(_ state: AppState, _ canvas: inout Canvas) {
    let row = Rect(x: 0, y: 0, width: canvas.width, height: 1)
    canvas.fill(row, .statusBar)
    var left = " LearnerLed"
    if let c = state.classroom { left += " · \(c.name) · \(c.teacher)" }
    var right: String
    switch state.mode {
    case .teacher: right = "Teacher"
    case .student(let id): right = state.displayName(id)
    }
    if state.isDemo { right = "DEMO · " + right }
    right += " "
    let rightWidth = DisplayWidth.of(right)
    canvas.text(left, x: 0, y: 0, slot: .statusBar, limit: max(0, canvas.width - rightWidth - 1), ellipsis: true)
    canvas.text(right, x: max(0, canvas.width - rightWidth), y: 0, slot: state.isDemo ? .warning : .statusBar)
}

func renderStatus(_ state: AppState, _ canvas: inout Canvas) {
    guard let status = state.status else { return }
    let slot: Slot
    switch status.kind {
    case .info: slot = .muted
    case .saved: slot = .success
    case .warning: slot = .warning
    case .error: slot = .error
    }
    let y = canvas.height - 2
    if slot == .error { canvas.fill(Rect(x: 0, y: y, width: canvas.width, height: 1), .error) }
    canvas.text(" " + status.text, x: 0, y: y, slot: slot, limit: canvas.width, ellipsis: true)
}

func renderHelp(_ state: AppState, _ body: Rect, _ canvas: inout Canvas) {
    let table = Keymaps.table(for: state)
    let labelWidth = min(16, table.map { DisplayWidth.of($0.keys.map(\.label).joined(separator: " ")) }.max() ?? 4)
    let rect = body.centered(width: min(body.width - 4, 60), height: min(body.height, table.count + 4))
    canvas.fill(rect, .background)
    Widgets.box(&canvas, rect, title: "Keys on this screen", border: .accent)
    for (i, binding) in table.prefix(rect.height - 4).enumerated() {
        let y = rect.y + 1 + i
        canvas.text(binding.keys.map(\.label).joined(separator: " "), x: rect.x + 2, y: y, slot: .accent, limit: labelWidth)
        canvas.text(binding.help, x: rect.x + 4 + labelWidth, y: y, slot: .text, limit: rect.width - labelWidth - 6)
    }
    canvas.text("Press any key to close", x: rect.x + 2, y: rect.maxY - 2, slot: .muted, limit: rect.width - 4)
}

func renderProblem(_ p: ProblemState, _ body: Rect, _ canvas: inout Canvas) {
    let rect = body.inset(by: 1)
    Widgets.box(&canvas, rect, title: "Something needs attention", border: .warning)
    let inner = rect.inset(dx: 2, dy: 1)
    var y = inner.y
    y += Widgets.paragraph(&canvas, Rect(x: inner.x, y: y, width: inner.width, height: 4), p.error.message, slot: .text) + 1
    if let backup = p.backup {
        let text = "An earlier copy (saved \(Day(backup.savedAt).description), version \(backup.revision)) reads fine. "
            + "Press r to put it back; the unreadable file is kept in history/, nothing is deleted."
        Widgets.paragraph(&canvas, Rect(x: inner.x, y: y, width: inner.width, height: 4), text, slot: .accent)
    } else {
        Widgets.paragraph(&canvas, Rect(x: inner.x, y: y, width: inner.width, height: 4),
                          "There is no earlier copy. The file was not changed; ask for help to repair it.", slot: .muted)
    }
}
