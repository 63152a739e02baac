import Foundation
import LearnerLedCore
import TerminalKit

typealias KeyTable = [KeyBinding<Action>]

/// One screen as one feature: its state, its key table, what its keys do and how it is drawn, together in
/// `Screens/<Name>/`. The app keeps a stack of them and asks only this.
protocol ScreenFeature: Equatable, Sendable {
    /// The keys in force now. The help bar and the help overlay are drawn from this same table.
    func keys(_ app: AppState) -> KeyTable
    /// What an action does here; nil when this screen has nothing to do with it. While it runs the screen is
    /// off the stack: it closes itself or opens another with `app.close()` / `app.open(_:)`.
    mutating func reduce(_ action: Action, _ app: inout AppState, now: Date) -> [Effect]?
    func render(_ app: AppState, _ body: Rect, _ canvas: inout Canvas)
    /// True while a text field has the typing: letters are words, not commands.
    var takesText: Bool { get }
    /// The student whose things this screen shows, if any.
    var studentID: StudentID? { get }
    /// A dialog is drawn over the screen under it.
    var isDialog: Bool { get }
    /// Something typed that leaving would throw away: Esc asks first.
    var hasChanges: Bool { get }
    /// Re-derives what the screen shows after the data changed (never on a mere cursor move).
    mutating func refresh(_ app: AppState)
    /// q, Ctrl-C, SIGTERM: saves whatever valid work the screen holds.
    mutating func saveBeforeQuit(_ app: inout AppState, now: Date) -> [Effect]
    /// Screens that follow another terminal live look at the disk more often.
    var followsOtherTerminals: Bool { get }
    /// It shows nothing of a portfolio beyond what a preview fills in (the list's rows, the selected artifact) or
    /// what it holds itself (the artifact it edits, read whole when it opened): it can be drawn while the whole
    /// file is still being read (see `PreviewedPortfolio`).
    var drawsFromPreview: Bool { get }
    /// The theme to draw with, when the screen chooses one (the cover being decorated).
    func themeName(_ app: AppState) -> String?
    /// False where the bottom line is better spent on the screen's own keys (help stays on its key).
    var helpInBar: Bool { get }
    /// The language of the person reading this screen (a child picking their pictures reads their own).
    func strings(_ app: AppState) -> Strings
}

extension ScreenFeature {
    var takesText: Bool { false }
    var studentID: StudentID? { nil }
    var isDialog: Bool { false }
    var hasChanges: Bool { false }
    mutating func refresh(_ app: AppState) {}
    mutating func saveBeforeQuit(_ app: inout AppState, now: Date) -> [Effect] { [] }
    var followsOtherTerminals: Bool { false }
    var drawsFromPreview: Bool { false }
    func themeName(_ app: AppState) -> String? { nil }
    var helpInBar: Bool { true }
    func strings(_ app: AppState) -> Strings { app.strings }

    func isEqual(to other: any ScreenFeature) -> Bool { (other as? Self) == self }

    /// How this screen's own table writes the key for `action`: prose on screen names keys from the table.
    func key(_ action: Action, _ app: AppState) -> String { strings(app).ifPresent(keys(app).label(of: action) ?? "") }
}

/// A screen on the stack. Wraps any feature, so adding a screen adds no case anywhere.
struct Screen: Equatable, Sendable {
    var feature: any ScreenFeature

    init(_ feature: any ScreenFeature) { self.feature = feature }

    static func == (a: Screen, b: Screen) -> Bool { a.feature.isEqual(to: b.feature) }

    /// The feature as a given screen type, or nil when it is another screen.
    func `as`<S: ScreenFeature>(_ type: S.Type) -> S? { feature as? S }

    var studentID: StudentID? { feature.studentID }
}

/// What a screen asked of the stack while it reduced an action.
struct Navigation: Equatable, Sendable {
    var closesTop = false
    var opened: [Screen] = []
    /// The whole stack was replaced (someone signed in or out): the screen that asked is not put back.
    var reset = false
}

extension AppState {
    /// The screen on top.
    var screen: Screen { screens[screens.count - 1] }

    /// From inside a screen's reduce: this screen is done.
    mutating func close() { navigation.closesTop = true }

    /// From inside a screen's reduce: this screen is done, and so is the `S` under it whose work it finished (a
    /// preview over the form that asked for it).
    mutating func close<S: ScreenFeature>(alongWith _: S.Type) {
        close()
        if screens.last?.feature is S { screens.removeLast() }
    }

    /// From inside a screen's reduce: show another screen on top of this one.
    mutating func open(_ feature: any ScreenFeature) { navigation.opened.append(Screen(feature)) }

    /// From inside a screen's reduce: this screen becomes another.
    mutating func replace(with feature: any ScreenFeature) {
        close()
        open(feature)
    }

    /// A new stack altogether: the session now belongs to someone else.
    mutating func resetScreens(to screens: [Screen]) {
        self.screens = screens
        navigation.reset = true
    }

    /// The topmost screen of a type, to read.
    func top<S: ScreenFeature>(_ type: S.Type) -> S? { screens.lazy.reversed().compactMap { $0.as(type) }.first }

    /// Changes the topmost screen of a type (the portfolio under a form that just added an artifact).
    mutating func update<S: ScreenFeature>(_ type: S.Type, _ change: (inout S) -> Void) {
        guard let i = screens.lastIndex(where: { $0.feature is S }), var s = screens[i].as(type) else { return }
        change(&s)
        screens[i] = Screen(s)
    }
}
