import TerminalKit

/// The selected row of a list and the first row shown. Reducers move it with the visible row count from the
/// screen's layout, the same layout render draws with; render clamps `top` again, so a resize needs nothing.
struct ListCursor: Equatable, Sendable {
    var selected = 0
    var top = 0

    /// Where a moving key goes in a list of `count` rows with `page` rows on screen; nil for other actions.
    func target(of action: Action, count: Int, page: Int) -> Int? {
        let last = max(0, count - 1)
        switch action {
        case .up: return max(0, selected - 1)
        case .down: return min(last, selected + 1)
        case .pageUp: return max(0, selected - max(1, page - 1))
        case .pageDown: return min(last, selected + max(1, page - 1))
        case .first: return 0
        case .last: return last
        default: return nil
        }
    }

    /// Moves for a moving key; false for any other action.
    mutating func move(_ action: Action, count: Int, visible: Int) -> Bool {
        guard let target = target(of: action, count: count, page: visible) else { return false }
        select(target, count: count, visible: visible)
        return true
    }

    /// Selects a row and scrolls just enough to keep it in view.
    mutating func select(_ row: Int, count: Int, visible: Int) {
        selected = max(0, min(row, count - 1))
        top = firstRow(visible: visible, count: count)
    }

    /// Keeps the selection inside a list that shrank.
    mutating func clamp(count: Int) {
        selected = max(0, min(selected, count - 1))
    }

    /// The first row to draw: unchanged while the selection stays in view.
    func firstRow(visible: Int, count: Int) -> Int {
        ListScroll.offset(selected: selected, current: top, visible: visible, count: count)
    }
}
