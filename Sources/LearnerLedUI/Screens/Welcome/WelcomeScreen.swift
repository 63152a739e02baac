import Foundation
import LearnerLedCore
import TerminalKit

/// What a folder with no classroom shows: the demo, or a new classroom.
struct WelcomeScreen: ScreenFeature {
    var selected = 0

    func keys(_ app: AppState) -> KeyTable {
        [
            KeyBinding([.up], "choose", label: "↑↓", .up),
            KeyBinding([.down], "down", inBar: false, .down),
            KeyBinding([.enter], "open", .open),
            KeyBinding.digits(1...2, "the demo classroom, or a new one") { .choose($0 - 1) },
            KeyBinding([.character("q")], "quit", .quit),
        ]
    }

    mutating func reduce(_ action: Action, _ app: inout AppState, now: Date) -> [Effect]? {
        switch action {
        case .up, .down:
            selected = action == .up ? 0 : 1
            return []
        case .choose(let n): selected = n
        case .open: break
        default: return nil
        }
        if selected == 0 { return [.openDemo] }
        app.open(NewClassroomForm())
        return []
    }
}

extension WelcomeScreen {
    func render(_ state: AppState, _ body: Rect, _ canvas: inout Canvas) {
        let s = self
        let rect = body.centered(width: min(body.width - 2, 64), height: min(body.height, 14))
        Widgets.box(&canvas, rect, title: state.tr("Welcome to LearnerLed"))
        let inner = rect.inset(dx: 3, dy: 2)
        var y = inner.y
        y += Widgets.paragraph(&canvas, Rect(x: inner.x, y: y, width: inner.width, height: 3),
                               state.tr("Portfolios, reflections and learner-led conferences. There is no classroom here yet."),
                               slot: .text) + 1
        let options = ["1  " + state.tr("Explore the demo classroom"), "2  " + state.tr("Start a new classroom")]
        for (i, option) in options.enumerated() {
            let row = Rect(x: inner.x, y: y + i * 2, width: inner.width, height: 1)
            if i == s.selected { canvas.fill(row, .selection) }
            canvas.text((i == s.selected ? "▶ " : "  ") + option, in: row, slot: i == s.selected ? .selection : .text)
        }
        y += 4
        canvas.text(state.tr("The demo is kept apart from your own classroom."), in: Rect(x: inner.x, y: y, width: inner.width, height: 1),
                    slot: .muted)
    }
}
