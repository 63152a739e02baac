/// A key press, already decoded from the terminal.
public enum Key: Hashable, Sendable {
    case character(Character)
    case enter, escape, tab, backTab, backspace, delete
    case up, down, left, right, home, end, pageUp, pageDown
    case shiftUp, shiftDown, ctrlLeft, ctrlRight
    /// Ctrl plus a letter, e.g. `.control("c")`.
    case control(Character)
    case function(Int)
    case resize

    public static let space = Key.character(" ")

    /// How the key is written in the help bar.
    public var label: String {
        switch self {
        case .character(" "): return "Space"
        case .character(let c): return String(c)
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "S-Tab"
        case .backspace: return "Bksp"
        case .delete: return "Del"
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .home: return "Home"
        case .end: return "End"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .shiftUp: return "S-↑"
        case .shiftDown: return "S-↓"
        case .ctrlLeft: return "C-←"
        case .ctrlRight: return "C-→"
        case .control(let c): return "^" + String(c).uppercased()
        case .function(let n): return "F\(n)"
        case .resize: return "resize"
        }
    }
}

/// One row of a screen's key table: the keys, what they do, and the words for the help bar and `?` overlay.
/// Screens keep one table each, so the help can never drift from the keys.
public struct KeyBinding<Action>: Sendable where Action: Sendable {
    public var keys: [Key]
    /// Shown in the help bar ("↑↓", "a"); defaults to the keys' own labels.
    public var label: String
    public var help: String
    public var action: Action
    /// Kept out of the bottom line (still in the `?` overlay) to leave room for the main keys.
    public var inBar: Bool

    public init(_ keys: [Key], _ help: String, label: String? = nil, inBar: Bool = true, _ action: Action) {
        self.keys = keys
        self.label = label ?? keys.map(\.label).joined(separator: "/")
        self.help = help
        self.action = action
        self.inBar = inBar
    }
}

extension Array {
    /// The action bound to a key in a key table.
    public func action<A>(for key: Key) -> A? where Element == KeyBinding<A> {
        first { $0.keys.contains(key) }?.action
    }
}
