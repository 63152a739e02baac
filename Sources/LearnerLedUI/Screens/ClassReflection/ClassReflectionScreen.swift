import Foundation
import LearnerLedCore
import TerminalKit

/// The teacher's five minutes of reflection for the whole class: a big countdown and the anchor chart.
struct ClassReflectionScreen: ScreenFeature {
    var minutes = 5
    /// Seconds left when paused; counting down from `startedAt` while running.
    var secondsLeft = 300
    var startedAt: Date?

    func remaining(at now: Date) -> Int {
        guard let startedAt else { return secondsLeft }
        return max(0, secondsLeft - Int(now.timeIntervalSince(startedAt)))
    }

    func keys(_ app: AppState) -> KeyTable {
        [
            KeyBinding([.space, .enter], "start / pause", label: "Space", .toggle),
            KeyBinding([.left], "a minute less", label: "←→", .choosePrevious),
            KeyBinding([.right], "a minute more", inBar: false, .chooseNext),
            KeyBinding([.escape], "back", .back),
        ]
    }

    mutating func reduce(_ action: Action, _ app: inout AppState, now: Date) -> [Effect]? {
        switch action {
        case .choosePrevious, .chooseNext:
            // The minutes are set before the countdown starts; a running countdown is never reset by a stray arrow.
            guard startedAt == nil else { return [] }
            minutes = min(30, max(1, minutes + action.step))
            secondsLeft = minutes * 60
        case .toggle:
            if startedAt != nil {
                secondsLeft = remaining(at: now)
                startedAt = nil
            } else {
                if secondsLeft == 0 { secondsLeft = minutes * 60 }
                startedAt = now
            }
        case .back:
            app.close()
        default:
            return nil
        }
        return []
    }

    /// Students who wrote a journal entry today.
    static func wroteToday(_ id: StudentID, _ app: AppState) -> Bool {
        app.portfolios[id]?.journal.contains { $0.deletedAt == nil && Day($0.date) == app.today } ?? false
    }
}

extension ClassReflectionScreen {
    func render(_ state: AppState, _ body: Rect, _ canvas: inout Canvas) {
        let s = self
        guard let classroom = state.classroom else { return }
        let remaining = s.remaining(at: state.clock)
        let running = s.startedAt != nil
        let done = remaining == 0 && (running || s.secondsLeft == 0)
        Widgets.box(&canvas, body, title: state.tr("Reflection time — \(count: s.minutes) minutes"))
        let inner = body.inset(dx: 2, dy: 1)
        let big = BigDigits.lines(clockText(remaining))
        let slot: Slot = done ? .success : remaining <= 60 && running ? .warning : .title
        for (i, line) in big.enumerated() {
            canvas.text(line, x: inner.x + max(0, (inner.width - DisplayWidth.of(line)) / 2), y: inner.y + i, slot: slot)
        }
        var y = inner.y + 6
        let table = keys(state)
        let status = done ? state.tr("Time is up!") : running ? state.tr("Writing time…")
            : state.tr("\(state.strings.ifPresent(table.label(of: Action.toggle) ?? "Space")) starts · \(table.label(of: Action.choosePrevious) ?? "←→") changes the minutes")
        canvas.text(status, x: inner.x + max(0, (inner.width - DisplayWidth.of(status)) / 2), y: y, slot: done ? .success : .muted)
        y += 2
        if done {
            let roster = classroom.roster
            let wrote = roster.filter { Self.wroteToday($0.id, state) }.map(\.displayName)
            let notYet = roster.filter { !Self.wroteToday($0.id, state) }.map(\.displayName)
            y += Widgets.paragraph(&canvas, Rect(x: inner.x, y: y, width: inner.width, height: 3),
                                   state.tr("Wrote today (\(wrote.count)): \(wrote.isEmpty ? state.tr("nobody yet") : wrote.joined(separator: ", "))"),
                                   slot: .success) + 1
            Widgets.paragraph(&canvas, Rect(x: inner.x, y: y, width: inner.width, height: max(0, inner.maxY - y)),
                              state.tr("Not yet (\(notYet.count)): \(notYet.joined(separator: ", "))"), slot: .text)
            return
        }
        // The class's anchor chart: the six starters.
        let starters = classroom.starters(for: state.strings.language).lesson
        let columns = inner.width >= 70 ? 2 : 1
        let columnWidth = inner.width / columns
        for (i, starter) in starters.enumerated() {
            let x = inner.x + (i / ((starters.count + columns - 1) / columns)) * columnWidth
            let row = y + i % ((starters.count + columns - 1) / columns)
            guard row < inner.maxY else { continue }
            canvas.text("\(i + 1)  \(starter)", x: x + 2, y: row, slot: .accent, limit: columnWidth - 2, ellipsis: true)
        }
    }
}

/// Digits five rows tall, drawn in blocks, for a countdown a whole class can read from the back.
enum BigDigits {
    static let glyphs: [Character: [String]] = [
        "0": ["███", "█ █", "█ █", "█ █", "███"], "1": [" █ ", "██ ", " █ ", " █ ", "███"],
        "2": ["███", "  █", "███", "█  ", "███"], "3": ["███", "  █", "███", "  █", "███"],
        "4": ["█ █", "█ █", "███", "  █", "  █"], "5": ["███", "█  ", "███", "  █", "███"],
        "6": ["███", "█  ", "███", "█ █", "███"], "7": ["███", "  █", "  █", "  █", "  █"],
        "8": ["███", "█ █", "███", "█ █", "███"], "9": ["███", "█ █", "███", "  █", "███"],
        ":": [" ", "█", " ", "█", " "],
    ]

    /// Five lines for the text, each block doubled in width so the digits look square.
    static func lines(_ text: String) -> [String] {
        (0..<5).map { row in
            text.compactMap { glyphs[$0]?[row] }.map { String($0.flatMap { [$0, $0] }) }.joined(separator: "  ")
        }
    }
}

