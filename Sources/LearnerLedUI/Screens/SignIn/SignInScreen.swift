import Foundation
import LearnerLedCore
import TerminalKit

/// The first screen of a classroom session: the class's names, large and easy. A child finds theirs with the
/// arrows or by typing its first letters (accents optional) and presses Enter.
struct SignInScreen: ScreenFeature {
    var typed = TextEditor("", maxLength: 30)
    var cursor = ListCursor()

    /// Letters always go to the find line: a child types their name.
    var takesText: Bool { true }

    /// Names whose first letters (of any word) are what was typed, accents and case aside.
    func shown(_ app: AppState) -> [RosterEntry] {
        let roster = app.classroom?.roster ?? []
        if typed.text.isEmpty { return roster }
        let query = typed.text.nameKey
        guard !query.isEmpty else { return roster }
        return roster.filter { entry in
            let name = entry.displayName.nameKey
            return name.hasPrefix(query) || name.split(separator: " ").contains { $0.hasPrefix(query) }
        }
    }

    /// Names in columns: this many rows in each.
    static func rows(_ body: Rect) -> Int { max(1, body.height - 6) }
    static let columnWidth = 36

    static func columns(_ body: Rect) -> Int { max(1, (body.width - 4) / columnWidth) }

    func keys(_ app: AppState) -> KeyTable {
        // Outside a classroom server q leaves the program, until a name is being typed (then Q finds a name).
        app.door != .kiosk && typed.text.isEmpty ? Self.keysWithQuit : Self.keysWithoutQuit
    }

    /// Made once: the table is asked for on every key and every frame.
    private static let keysWithoutQuit: KeyTable = [
        KeyBinding([.enter], "that's me", .open),
        KeyBinding([.up], "move", label: "↑↓←→", .up),
        KeyBinding([.down], "move down", inBar: false, .down),
        KeyBinding([.left], "move left", inBar: false, .choosePrevious),
        KeyBinding([.right], "move right", inBar: false, .chooseNext),
        KeyBinding([.escape], "clear what I typed", inBar: false, .back),
        KeyBinding([.function(2)], "teacher", .teacher),
    ]
    private static let keysWithQuit: KeyTable = {
        var table = keysWithoutQuit
        table.insert(KeyBinding([.character("q")], "quit", .quit), at: 1)
        return table
    }()

    mutating func reduce(_ action: Action, _ app: inout AppState, now: Date) -> [Effect]? {
        let names = shown(app)
        let rows = Self.rows(app.body)
        switch action {
        case .type(let key):
            typed.handle(key)
            cursor = ListCursor()
        case .back:
            typed = TextEditor("", maxLength: 30)
            cursor = ListCursor()
        case .up, .down:
            _ = cursor.move(action, count: names.count, visible: names.count)
        case .choosePrevious, .chooseNext:
            cursor.select(cursor.selected + action.step * rows, count: names.count, visible: names.count)
        case .teacher:
            app.open(PassphraseScreen())
        case .open:
            guard names.indices.contains(cursor.selected) else {
                app.setStatus(typed.text.isEmpty ? app.tr("There are no names in this class yet.") : app.tr("No name starts with “\(typed.text)”."), .info)
                return []
            }
            return Self.choose(names[cursor.selected].id, &app, now: now)
        default:
            return nil
        }
        return []
    }

    /// A name chosen: the pictures next if the class uses them and this child has some, else straight in.
    static func choose(_ id: StudentID, _ app: inout AppState, now: Date) -> [Effect] {
        if app.access?.settings.picturePasswords == true, app.access?.pictures[id]?.count == 2 {
            app.open(PicturesScreen(signingIn: id))
            return []
        }
        return app.signIn(id)
    }

    func render(_ app: AppState, _ body: Rect, _ canvas: inout Canvas) {
        let title = (app.classroom?.name ?? "LearnerLed") + " — " + app.tr("who are you?")
        Widgets.box(&canvas, body, title: title, border: .accent)
        let inner = body.inset(dx: 2, dy: 1)
        // Two rows: at sign-in the words come in every language the class speaks, one row each.
        let hints = typed.text.isEmpty ? app.strings.each("Find your name with the arrows, or type its first letters. Then press Enter.")
            : [app.tr("Names starting with “\(typed.text)”:")]
        if hints.count > 1 {
            for (i, hint) in hints.prefix(2).enumerated() {
                canvas.text(hint, x: inner.x, y: inner.y + i, slot: .muted, limit: inner.width, ellipsis: true)
            }
        } else {
            Widgets.paragraph(&canvas, Rect(x: inner.x, y: inner.y, width: inner.width, height: 2), hints[0], slot: .muted)
        }
        if !typed.text.isEmpty { canvas.cursor = nil }
        let names = shown(app)
        let rows = Self.rows(body), columns = Self.columns(body)
        let perPage = rows * columns
        let page = cursor.selected / max(1, perPage)
        for (offset, entry) in names.dropFirst(page * perPage).prefix(perPage).enumerated() {
            let x = inner.x + (offset / rows) * Self.columnWidth
            let y = inner.y + 3 + offset % rows
            let selected = page * perPage + offset == cursor.selected
            let row = Rect(x: x, y: y, width: Self.columnWidth - 2, height: 1)
            if selected { canvas.fill(row, .selection) }
            // The mark and the name drawn apart: joined, every name was copied into a new string for every key.
            let slot: Slot = selected ? .selection : .title
            let after = canvas.text(selected ? "▶ " : "  ", in: row, slot: slot)
            canvas.text(entry.displayName, in: Rect(x: after, y: y, width: row.maxX - after, height: 1), slot: slot)
        }
        if names.isEmpty {
            canvas.text(typed.text.isEmpty ? app.tr("No names yet.") : app.tr("No name starts with “\(typed.text)”. Esc starts again."),
                        x: inner.x, y: inner.y + 3, slot: .warning, limit: inner.width)
        }
        if names.count > perPage {
            canvas.text(app.tr("page \(page + 1) of \((names.count + perPage - 1) / perPage) — ↓ for more"), x: inner.x, y: inner.maxY - 1,
                        slot: .muted, limit: inner.width)
        }
    }
}
