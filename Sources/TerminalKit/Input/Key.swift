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
    /// Shown in the help bar ("↑↓", "a", "1-9"); defaults to the keys' own labels.
    public var label: String {
        get {
            if let givenLabel { return givenLabel }
            // Joined by hand: `joined(separator:)`'s first use instantiates its generic types, ~0.3 M instructions
            // on the way to the first frame.
            var label = ""
            for (i, key) in keys.enumerated() {
                if i > 0 { label += "/" }
                label += key.label
            }
            return label
        }
        set { givenLabel = newValue }
    }
    public var help: String
    /// Kept out of the bottom line (still in the `?` overlay) to leave room for the main keys.
    public var inBar: Bool
    /// Tables are made again for every key pressed: the keys' own labels are only joined when a label is shown.
    private var givenLabel: String?
    @usableFromInline let make: @Sendable (Key) -> Action?

    public init(_ keys: [Key], _ help: String, label: String? = nil, inBar: Bool = true, _ action: Action) {
        self.init(keys, help, label: label, inBar: inBar) { _ in action }
    }

    /// Keys whose action carries which key it was: a range such as 1–9 is one row of the table.
    public init(_ keys: [Key], _ help: String, label: String? = nil, inBar: Bool = true,
                _ make: @escaping @Sendable (Key) -> Action?) {
        self.keys = keys
        self.givenLabel = label
        self.help = help
        self.inBar = inBar
        self.make = make
    }

    /// The digits `range` as one row; the action gets the digit.
    public static func digits(_ range: ClosedRange<Int>, _ help: String, inBar: Bool = true,
                              _ make: @escaping @Sendable (Int) -> Action) -> KeyBinding {
        KeyBinding(range.map { Key.character(Character(String($0))) }, help,
                   label: "\(range.lowerBound)-\(range.upperBound)", inBar: inBar) { key in
            if case .character(let c) = key, let n = c.wholeNumberValue { return make(n) }
            return nil
        }
    }

    /// What this row does for `key`, or nil when the key is not in it.
    @inlinable public func action(for key: Key) -> Action? { keys.contains(key) ? make(key) : nil }
}

extension Array {
    /// The action bound to a key in a key table. A plain loop, inlined where the table's type is known: a lazy
    /// map's `first` went through the runtime's generic type lookups, tens of thousands of instructions a key.
    @inlinable public func action<A>(for key: Key) -> A? where Element == KeyBinding<A> {
        for binding in self {
            if let action = binding.action(for: key) { return action }
        }
        return nil
    }

    /// How the table writes the key for an action, so prose on screen names the key the table really binds.
    /// A plain loop, inlined where the action's type is known, as `action(for:)`: through `first` and `contains`
    /// with closures it cost ~15,000 instructions, asked on every frame of a screen whose hint names a key.
    @inlinable public func label<A: Equatable>(of action: A) -> String? where Element == KeyBinding<A> {
        for binding in self {
            for key in binding.keys where binding.make(key) == action { return binding.label }
        }
        return nil
    }
}
