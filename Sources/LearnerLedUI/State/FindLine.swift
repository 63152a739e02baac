import TerminalKit

/// The find line of the list screens (`/`): typing narrows the list as it goes, Esc clears it, Enter keeps it.
enum FindLine {
    enum Outcome { case notMine, kept, queryChanged }

    static func reduce(_ action: Action, filter: inout TextEditor, filtering: inout Bool) -> Outcome {
        switch action {
        case .filter where !filtering:
            filtering = true
            return .kept
        case .type(let key) where filtering:
            filter.handle(key)
            return .queryChanged
        case .back where filtering:
            filtering = false
            filter = TextEditor("", maxLength: 60)
            return .queryChanged
        case .open where filtering:
            filtering = false
            return .kept
        default:
            return .notMine
        }
    }

    /// The first row of a list: the find field while finding (or while a query narrows the list), else a hint.
    static func render(_ filter: TextEditor, filtering: Bool, hint: String, in inner: Rect, _ canvas: inout Canvas) {
        if filtering || !filter.text.isEmpty {
            canvas.text(" Find: ", x: inner.x, y: inner.y, slot: .accent)
            Widgets.field(&canvas, Rect(x: inner.x + 7, y: inner.y, width: inner.width - 8, height: 1), filter, focused: filtering)
        } else {
            canvas.text(hint, in: inner.row(0), slot: .muted)
        }
    }
}
