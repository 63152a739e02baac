import Foundation
import LearnerLedCore
import TerminalKit

/// What a form field does with keys.
enum FieldKind: Equatable, Sendable {
    /// Every printable key is part of the words.
    case text
    /// ← → (and Space) change it; letters typed here go on to the next text field, never lost.
    case choice
    /// A box to tick: Space (or ← →) ticks it and takes the tick off; letters go on like a choice's.
    case tick(String)
    /// A short entry, already filled or only a few characters long (a date, a time, a number): typed into like
    /// text, but words typed on a choice pass it by for a field they fit in.
    case short

    var takesTyping: Bool { self == .text || self == .short }
}

/// A form: fields named by an enum, one way of moving and typing for every form, so a child's typing is
/// never lost. Tab/↓ go forward and Shift-Tab/↑ back, always; a text field takes every printable key; a choice
/// changes only with ←/→, Space or a shortcut the help bar shows; Esc with something typed asks first.
protocol FormScreen: ScreenFeature {
    associatedtype Field: Equatable & Sendable
    var focus: Field { get set }
    /// The words under the form that say what to fix, cleared by the next key typed.
    var error: String? { get set }
    /// The fields in Tab order, as the form shows them now.
    func fields(_ app: AppState) -> [Field]
    func kind(of field: Field) -> FieldKind
    /// A key for a text field.
    mutating func edit(_ field: Field, _ key: Key)
    /// ← → or Space on a choice.
    mutating func change(_ field: Field, by step: Int, _ app: AppState)
    /// Letters or digits that pick a choice at once (then the cursor goes on to the next text field), shown in the
    /// help bar while the choice has the focus.
    func shortcuts(for field: Field, _ app: AppState) -> KeyTable
    /// Enter: keeps the form (closing it), moves on, or says in `error` what is missing.
    mutating func submit(_ app: inout AppState, now: Date) -> [Effect]
    /// What Enter does, for the help bar.
    var submitHelp: String { get }
    /// Esc: by default leaves the form, asking first when something was typed.
    mutating func cancel(_ app: inout AppState, now: Date) -> [Effect]
    var cancelHelp: String { get }
    /// Actions of this form beyond the shared ones (a shortcut's `.choose`); nil when not handled.
    mutating func reduceMore(_ action: Action, _ app: inout AppState, now: Date) -> [Effect]?
}

extension FormScreen {
    var takesText: Bool { true }
    var submitHelp: String { "save" }
    func shortcuts(for field: Field, _ app: AppState) -> KeyTable { [] }
    mutating func change(_ field: Field, by step: Int, _ app: AppState) {}
    mutating func reduceMore(_ action: Action, _ app: inout AppState, now: Date) -> [Effect]? { nil }
    var cancelHelp: String { "cancel" }

    mutating func cancel(_ app: inout AppState, now: Date) -> [Effect] {
        if hasChanges { app.overlay = .confirm(.discardForm) } else { app.close() }
        return []
    }

    func keys(_ app: AppState) -> KeyTable {
        var table: KeyTable = [KeyBinding([.enter], submitHelp, .open), KeyBinding([.escape], cancelHelp, .back)]
        if fields(app).count > 1 {
            table += [
                KeyBinding([.tab, .down], "next", label: "Tab", .nextField),
                KeyBinding([.backTab, .up], "back", label: "S-Tab", .previousField),
            ]
        }
        switch kind(of: focus) {
        case .text, .short: break
        case .choice:
            table.insert(contentsOf: shortcuts(for: focus, app), at: 0)
            table.insert(KeyBinding([.left], "choose", label: "←→", .choosePrevious), at: 2)
            // Not Space: on a choice it is typing too, and goes with the letters to the words (a child who starts a
            // title with a space must not see the colours change and the space lost).
            table.insert(KeyBinding([.right], "next choice", label: "→", inBar: false, .chooseNext), at: 3)
        case .tick(let help):
            table.insert(KeyBinding([.space, .left, .right], help, label: "Space", .chooseNext), at: 1)
        }
        return table
    }

    mutating func reduce(_ action: Action, _ app: inout AppState, now: Date) -> [Effect]? {
        let fields = fields(app)
        switch action {
        case .nextField, .previousField:
            focus = Self.step(from: focus, by: action.step, in: fields)
        case .choosePrevious, .chooseNext:
            if !kind(of: focus).takesTyping { change(focus, by: action.step, app) }
        case .type(let key):
            if !kind(of: focus).takesTyping {
                // Letters meant for words go to the next field for words, never into a choice.
                guard case .character(let c) = key, !c.isControl, let text = nextTyping(after: focus, in: fields) else { return [] }
                focus = text
            }
            edit(focus, key)
            error = nil
        case .open:
            return submit(&app, now: now)
        case .back:
            return cancel(&app, now: now)
        case .choose:
            // A shortcut picks, then the cursor goes on to the words.
            guard let effects = reduceMore(action, &app, now: now) else { return nil }
            if let text = nextTyping(after: focus, in: fields) { focus = text }
            return effects
        default:
            return reduceMore(action, &app, now: now)
        }
        return []
    }

    /// Where typing goes on from a choice: the next field for words, else (a form of dates and numbers) the next
    /// short one.
    func nextTyping(after field: Field, in fields: [Field]) -> Field? {
        Self.next(from: field, in: fields) { kind(of: $0) == .text } ?? Self.next(from: field, in: fields) { kind(of: $0) == .short }
    }

    /// The field `step` places on in the ring of fields (past the end comes the start).
    static func step(from field: Field, by step: Int, in fields: [Field]) -> Field {
        guard let i = fields.firstIndex(of: field) else { return fields.first ?? field }
        return fields[i.cycled(step, in: fields.count)]
    }

    /// The first field after `field` (going round) that matches.
    static func next(from field: Field, in fields: [Field], where matches: (Field) -> Bool) -> Field? {
        guard let i = fields.firstIndex(of: field) else { return fields.first(where: matches) }
        return (1...fields.count).lazy.map { fields[(i + $0) % fields.count] }.first(where: matches)
    }
}

extension Character {
    var isControl: Bool { unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) } }
}

extension Int {
    /// Moving round a ring: fields with Tab and Shift-Tab, choices with ← and →. Past the end comes the start.
    func cycled(_ step: Int, in count: Int) -> Int {
        count == 0 ? 0 : ((self + step) % count + count) % count
    }
}

extension CaseIterable where Self: Equatable, AllCases.Index == Int {
    func cycled(_ step: Int) -> Self {
        let all = Self.allCases
        return all[all.firstIndex(of: self)!.cycled(step, in: all.count)]
    }
}

/// Drawing the parts of forms.
enum FormWidgets {
    /// A choice field: the current value between arrows, so it is plain that ← and → change it.
    static func choice(_ canvas: inout Canvas, _ rect: Rect, _ value: String, focused: Bool) {
        canvas.fill(rect.row(0), focused ? .input : .background)
        let x = canvas.text(focused ? "◀ " : "  ", x: rect.x, y: rect.y, slot: focused ? .input : .text)
        let end = canvas.text(value, x: x, y: rect.y, slot: focused ? .input : .text, limit: rect.maxX - x - 2)
        if focused { canvas.text(" ▶", x: end, y: rect.y, slot: .input) }
    }

    /// The column where values start: the widest label (in the reader's language) and two spaces, never narrower
    /// than `minimum` so English screens keep their look.
    static func labelWidth(_ labels: [String], minimum: Int, maximum: Int = 26) -> Int {
        min(maximum, max(minimum, (labels.map { DisplayWidth.of($0) }.max() ?? 0) + 2))
    }

    /// The last line of a form: what to fix, or a hint.
    static func footer(_ canvas: inout Canvas, error: String?, hint: String, x: Int, y: Int, width: Int) {
        if let error {
            canvas.text("⚠ " + error, x: x, y: y, slot: .warning, limit: width, ellipsis: true)
        } else {
            canvas.text(hint, x: x, y: y, slot: .muted, limit: width, ellipsis: true)
        }
    }
}

extension String {
    /// "Mamá, Papá" → ["Mamá", "Papá"]: the items a person typed with `separator` between them, blanks dropped.
    func listItems(separatedBy separator: Character) -> [String] {
        split(separator: separator).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
