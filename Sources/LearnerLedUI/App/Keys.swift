import Synchronization
import LearnerLedCore
import TerminalKit

/// Turning a key into an action: the table of the screen on top decides, and a key no row claims is typing
/// where a text field has the focus.
public enum Keys {
    /// What a key means now, or nil for a key that means nothing here.
    public static func action(for key: Key, in state: AppState) -> Action? {
        if key == .control("c") { return .quit }
        if key == .resize { return nil }
        if case .help? = state.overlay { return helpOverlay.action(for: key) ?? .back }
        if state.isTooSmall { return key == .character("q") ? .quit : nil }
        if let action = tableAction(for: key, in: state) { return action }
        return state.screen.feature.takesText && state.overlay == nil ? .type(key) : nil
    }

    /// The action of the table in force (see `table(for:)`), looked up in the help key and then the screen's table
    /// without joining them into one first: a key costs no copy of every binding.
    private static func tableAction(for key: Key, in state: AppState) -> Action? {
        if case .confirm? = state.overlay { return confirm.action(for: key) }
        let screen = state.screen.feature
        return [help(typing: screen.takesText)].action(for: key) ?? screen.keys(state).action(for: key)
    }

    /// The table in force: the confirm dialog's, or the help key and the screen's, in the words of the person at
    /// the keys. `onlyBar` leaves out what the help bar never shows: the bar is drawn every frame, the rest only in `?`.
    static func table(for state: AppState, onlyBar: Bool = false) -> KeyTable {
        let strings = state.screen.feature.strings(state)
        let source: KeyTable
        var help: KeyBinding<Action>?
        var typing: Bool?
        if case .confirm? = state.overlay {
            source = confirm
        } else {
            let screen = state.screen.feature
            typing = screen.takesText
            var binding = Self.help(typing: screen.takesText)
            binding.inBar = binding.inBar && screen.helpInBar
            help = binding
            source = screen.keys(state)
        }
        guard onlyBar else { return translated(help, source, in: strings, onlyBar: false) }
        let key = BarKey(source: source, typing: typing, helpInBar: help?.inBar, languages: strings.identity)
        if let bar = lastBar.withLock({ $0?.key == key ? $0?.bar : nil }) { return bar }
        let bar = translated(help, source, in: strings, onlyBar: true)
        lastBar.withLock { $0 = (key, bar) }
        return bar
    }

    /// The bindings translated as they are taken from the tables, not first copied into one table.
    private static func translated(_ help: KeyBinding<Action>?, _ source: KeyTable, in strings: Strings, onlyBar: Bool) -> KeyTable {
        var table = KeyTable()
        func add(_ binding: KeyBinding<Action>) {
            if onlyBar, !binding.inBar { return }
            var binding = binding
            binding.help = strings(Phrase(verbatim: binding.help))
            binding.label = strings.ifPresent(binding.label)
            table.append(binding)
        }
        if let help { add(help) }
        source.forEach(add)
        return table
    }

    /// What the help bar was last made from. A screen's table is one of its few made once, so the same table comes
    /// back as the same storage frame after frame; it is held here, so no other table can take its place in memory.
    /// Translating the bar's ten or so words again for every frame cost ~30,000 instructions a key.
    private struct BarKey: Equatable {
        let source: KeyTable
        let typing: Bool?
        let helpInBar: Bool?
        let languages: String

        static func == (a: BarKey, b: BarKey) -> Bool {
            a.typing == b.typing && a.helpInBar == b.helpInBar && a.languages == b.languages && a.source.count == b.source.count
                && a.source.withUnsafeBufferPointer { x in b.source.withUnsafeBufferPointer { y in x.baseAddress == y.baseAddress } }
        }
    }

    private static let lastBar = Mutex<(key: BarKey, bar: KeyTable)?>(nil)

    /// Help on every screen: `?` where no text field takes the typing, F1 where one does (F1 works everywhere).
    static func help(typing: Bool) -> KeyBinding<Action> { typing ? helpWhileTyping : helpKey }
    private static let helpWhileTyping = KeyBinding([.function(1)], "help", inBar: false, Action.help)
    private static let helpKey = KeyBinding([.character("?"), .function(1)], "help", label: "?", Action.help)

    static let confirm: KeyTable = [
        KeyBinding([.character("y")], "yes", .confirm(true)),
        KeyBinding([.character("n"), .escape], "no", label: "n", .confirm(false)),
    ]

    static let helpOverlay: KeyTable = [
        KeyBinding([.up, .character("k")], "scroll", label: "↑↓", .up),
        KeyBinding([.down, .character("j")], "scroll down", inBar: false, .down),
        KeyBinding([.pageUp], "a page up", inBar: false, .pageUp),
        KeyBinding([.pageDown, .space], "a page down", inBar: false, .pageDown),
    ]

    /// Moving in a list: the same keys on every list screen.
    static let moving: KeyTable = [
        KeyBinding([.up, .character("k")], "move", label: "↑↓", .up),
        KeyBinding([.down, .character("j")], "move down", inBar: false, .down),
        KeyBinding([.pageUp], "a page up", inBar: false, .pageUp),
        KeyBinding([.pageDown], "a page down", inBar: false, .pageDown),
        KeyBinding([.home, .character("g")], "go to the first", inBar: false, .first),
        KeyBinding([.end, .character("G")], "go to the last", inBar: false, .last),
    ]

    /// Moving with the arrows only, where letters are meant for something else.
    static let arrows: KeyTable = [
        KeyBinding([.up], "move", label: "↑↓", .up),
        KeyBinding([.down], "move down", inBar: false, .down),
    ]
}
