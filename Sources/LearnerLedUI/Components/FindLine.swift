import TerminalKit

/// The find line of the list screens (`/`): typing narrows the list as it goes, Esc clears it, Enter keeps it.
struct FindLine: Equatable, Sendable {
    enum Outcome { case notMine, kept, queryChanged }

    var query = TextEditor("", maxLength: 60)
    var isOpen = false

    var text: String { query.text }
    var isEmpty: Bool { query.text.isEmpty }

    /// The keys while finding: everything else is typing.
    static let keys: KeyTable = [
        KeyBinding([.enter], "keep", .open),
        KeyBinding([.escape], "clear", .back),
        KeyBinding([.up], "move", label: "↑↓", .up),
        KeyBinding([.down], "down", inBar: false, .down),
    ]

    static let openKey = KeyBinding<Action>([.character("/")], "find", .filter)

    mutating func reduce(_ action: Action) -> Outcome {
        switch action {
        case .filter where !isOpen:
            isOpen = true
            return .kept
        case .type(let key) where isOpen:
            query.handle(key)
            return .queryChanged
        case .back where isOpen:
            isOpen = false
            query = TextEditor("", maxLength: 60)
            return .queryChanged
        case .open where isOpen:
            isOpen = false
            return .kept
        default:
            return .notMine
        }
    }

    /// The first row of a list: the find field while finding (or while a query narrows the list), else a hint.
    /// `count` ("3 of 30") is drawn after a field `fieldWidth` wide, and only worked out then.
    func render(hint: String, in inner: Rect, label: String, fieldWidth: Int? = nil, count: @autoclosure () -> String? = nil,
                _ canvas: inout Canvas) {
        if isOpen || !isEmpty {
            let x = canvas.text(label, x: inner.x, y: inner.y, slot: .accent)
            let width = min(fieldWidth ?? inner.width, inner.maxX - x - 1)
            Widgets.field(&canvas, Rect(x: x, y: inner.y, width: width, height: 1), query, focused: isOpen)
            if let count = count() { canvas.text(count, x: x + width + 2, y: inner.y, slot: .muted, limit: max(0, inner.maxX - x - width - 2)) }
        } else {
            canvas.text(hint, in: inner.row(0), slot: .muted)
        }
    }
}
