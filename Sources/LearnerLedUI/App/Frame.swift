import LearnerLedCore
import TerminalKit

/// Draws the whole frame for a state. Pure: the same state gives the same cells.
public func render(_ state: AppState, into canvas: inout Canvas) {
    canvas.fill(canvas.bounds, .background)
    draw(state, onBlank: &canvas)
}

/// Renders a fresh canvas of the state's size.
public func render(_ state: AppState) -> Canvas {
    // A new canvas is blank background already: not filled a second time.
    var canvas = Canvas(width: state.width, height: state.height)
    draw(state, onBlank: &canvas)
    return canvas
}

/// Renders over `old` (a frame no longer needed) when it is of the state's size: a new canvas for every frame
/// allocated all its cells again, as often as not in memory fresh from the system (a page fault for every 170 cells).
public func render(_ state: AppState, over old: consuming Canvas?) -> Canvas {
    // Taken out, so that its cells are this function's alone and are drawn over in place, not copied first.
    guard var canvas = old.take(), canvas.width == state.width, canvas.height == state.height else { return render(state) }
    render(state, into: &canvas)
    return canvas
}

/// The frame on a canvas that is all blank background.
private func draw(_ state: AppState, onBlank canvas: inout Canvas) {
    canvas.cursor = nil
    if state.isTooSmall {
        Frame.tooSmall(state, &canvas)
        return
    }
    Frame.header(state, &canvas)
    let body = Frame.body(canvas.width, canvas.height)
    Frame.screen(state.screens.count - 1, state, body, &canvas)
    Frame.status(state, &canvas)
    Widgets.helpBar(&canvas, Rect(x: 0, y: canvas.height - 1, width: canvas.width, height: 1), Keys.table(for: state, onlyBar: true))
    switch state.overlay {
    case .help(let offset)?: Frame.help(state, offset: offset, body, &canvas)
    case .confirm(.discardForm)?:
        canvas.cursor = nil
        Widgets.confirm(&canvas, in: body, question: state.tr("Throw away what you typed?"),
                        yes: "y  " + state.tr("Yes, throw it away"), no: "n  " + state.tr("No, keep it"))
    case .confirm(.quitUnsaved)?:
        canvas.cursor = nil
        let n = state.unsavedCount
        Widgets.confirm(&canvas, in: body,
                        question: state.tr("\(count: n) changes are not saved yet: \(state.status?.text ?? state.tr("the data folder cannot be written.")) Quit and lose them?"),
                        yes: "y  " + state.tr("Quit anyway"), no: "n  " + state.tr("Stay and keep trying"))
    case .confirm(.leave)?:
        canvas.cursor = nil
        Widgets.confirm(&canvas, in: body, question: state.tr("Leave LearnerLed? Everything you did is saved."),
                        yes: "y  " + state.tr("Yes, leave"), no: "n  " + state.tr("No, stay"))
    case nil: break
    }
}

/// The parts of every frame around the screen: header, status line, help bar, help overlay.
enum Frame {
    /// Every screen has a header row, a body, a status row and the help bar.
    static func body(_ width: Int, _ height: Int) -> Rect { Rect(x: 0, y: 1, width: width, height: height - 3) }

    /// One screen of the stack; a dialog draws the screen under it first.
    static func screen(_ index: Int, _ state: AppState, _ body: Rect, _ canvas: inout Canvas) {
        let feature = state.screens[index].feature
        if feature.isDialog, index > 0 {
            screen(index - 1, state, body, &canvas)
            canvas.cursor = nil
        }
        feature.render(state, body, &canvas)
    }

    static func tooSmall(_ state: AppState, _ canvas: inout Canvas) {
        let lines = [state.tr("Please make the window bigger."),
                     state.tr("LearnerLed needs at least \(AppState.minimumWidth)×\(AppState.minimumHeight);"),
                     state.tr("this one is \(state.width)×\(state.height)."), "", state.tr("q quits")]
        let top = max(0, (canvas.height - lines.count) / 2)
        for (i, line) in lines.enumerated() {
            let x = max(0, (canvas.width - DisplayWidth.of(line)) / 2)
            canvas.text(line, x: x, y: top + i, slot: i == 0 ? .title : .text)
        }
    }

    static func header(_ state: AppState, _ canvas: inout Canvas) {
        canvas.fill(Rect(x: 0, y: 0, width: canvas.width, height: 1), .statusBar)
        var left = " LearnerLed"
        if let c = state.classroom { left += " · \(c.name) · \(c.teacher)" }
        var right: String
        let tr = state.screen.feature.strings(state)
        switch state.mode {
        case .teacher: right = tr("Teacher")
        case .student(let id): right = state.displayName(id)
        case .nobody: right = tr("Sign in")
        }
        if state.isDemo { right = tr("DEMO") + " · " + right }
        right += " "
        let rightWidth = DisplayWidth.of(right)
        canvas.text(left, x: 0, y: 0, slot: .statusBar, limit: max(0, canvas.width - rightWidth - 1), ellipsis: true)
        canvas.text(right, x: max(0, canvas.width - rightWidth), y: 0, slot: state.isDemo ? .warning : .statusBar)
    }

    static func status(_ state: AppState, _ canvas: inout Canvas) {
        guard let status = state.status else { return }
        let slot: Slot
        switch status.kind {
        case .info: slot = .muted
        case .saved: slot = .success
        case .warning: slot = .warning
        case .error: slot = .error
        }
        // A message too long for one row takes the row above as well, so its end (often the way out) is never cut.
        let lines = Wrap.lines(status.text, width: canvas.width - 2)
        let rows = min(2, lines.count)
        for (i, line) in lines.prefix(rows).enumerated() {
            let y = canvas.height - 1 - rows + i
            canvas.fill(Rect(x: 0, y: y, width: canvas.width, height: 1), slot == .error ? .error : .background)
            canvas.text(" " + line, x: 0, y: y, slot: slot, limit: canvas.width, ellipsis: i == rows - 1 && lines.count > rows)
        }
    }

    static func helpRect(_ body: Rect, count: Int) -> Rect {
        body.centered(width: min(body.width - 4, 64), height: min(body.height, count + 4))
    }

    /// How far the help can scroll: its last row at the bottom.
    static func maxHelpOffset(_ state: AppState) -> Int {
        let count = Keys.table(for: state).count
        return max(0, count - max(1, helpRect(state.body, count: count).height - 4))
    }

    /// Every key of the screen's table; scrolls with ↑↓ when the list is longer than the window.
    static func help(_ state: AppState, offset: Int, _ body: Rect, _ canvas: inout Canvas) {
        let table = Keys.table(for: state)
        let strings = state.screen.feature.strings(state)
        func names(_ binding: KeyBinding<Action>) -> String { binding.keys.map { strings.ifPresent($0.label) }.joined(separator: " ") }
        let labelWidth = min(16, table.map { DisplayWidth.of(names($0)) }.max() ?? 4)
        let rect = helpRect(body, count: table.count)
        let rows = max(1, rect.height - 4)
        let top = min(offset, maxHelpOffset(state))
        canvas.fill(rect, .background)
        Widgets.box(&canvas, rect, title: strings("Keys on this screen"), border: .accent)
        for (i, binding) in table.dropFirst(top).prefix(rows).enumerated() {
            let y = rect.y + 1 + i
            canvas.text(names(binding), x: rect.x + 2, y: y, slot: .accent,
                        limit: labelWidth, ellipsis: true)
            canvas.text(binding.help, x: rect.x + 4 + labelWidth, y: y, slot: .text, limit: rect.width - labelWidth - 6,
                        ellipsis: true)
        }
        let more = table.count > rows
        let hint = more ? strings("↑↓ scroll (\(top + 1)–\(min(table.count, top + rows)) of \(table.count)) · any other key closes")
            : strings("Press any key to close")
        canvas.text(hint, x: rect.x + 2, y: rect.maxY - 2, slot: .muted, limit: rect.width - 4, ellipsis: true)
    }
}
