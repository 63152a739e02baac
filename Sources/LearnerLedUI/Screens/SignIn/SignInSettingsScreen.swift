import Foundation
import LearnerLedCore
import TerminalKit

/// The teacher's sign-in settings: picture passwords on or off, the idle minutes, and each child's pictures and
/// wrong tries, to set, remove or reset.
struct SignInSettingsScreen: ScreenFeature {
    /// Rows: the two settings, then one per child.
    var cursor = ListCursor()

    static func visibleRows(_ body: Rect) -> Int { max(1, body.height - 4) }

    func keys(_ app: AppState) -> KeyTable {
        let onSetting = cursor.selected < 2
        var table: KeyTable = [KeyBinding([.escape], "back", .back)]
        if onSetting {
            table.append(KeyBinding([.space, .left, .right], cursor.selected == 0 ? "on / off" : "fewer / more minutes",
                                    label: cursor.selected == 0 ? "Space" : "←→", .toggle))
        } else {
            table += [
                KeyBinding([.enter], "choose their pictures", .open),
                KeyBinding([.character("d")], "remove their pictures", .delete),
                KeyBinding([.character("r")], "reset wrong tries", .restore),
            ]
        }
        return table + Keys.moving
    }

    mutating func reduce(_ action: Action, _ app: inout AppState, now: Date) -> [Effect]? {
        let roster = app.classroom?.roster ?? []
        if cursor.move(action, count: roster.count + 2, visible: Self.visibleRows(app.body)) { return [] }
        let settings = app.access?.settings ?? SignInSettings()
        let student = cursor.selected >= 2 && roster.indices.contains(cursor.selected - 2) ? roster[cursor.selected - 2].id : nil
        switch action {
        case .back:
            app.close()
            return []
        case .toggle where cursor.selected == 0:
            var changed = settings
            changed.picturePasswords.toggle()
            return app.commitAccess(.setSettings(changed))
        case .toggle where cursor.selected == 1:
            var changed = settings
            // 5, 10, 15, 20, 30 minutes, or never.
            let steps = [5, 10, 15, 20, 30, 0]
            changed.idleMinutes = steps[((steps.firstIndex(of: settings.idleMinutes) ?? 1) + 1) % steps.count]
            return app.commitAccess(.setSettings(changed))
        case .open:
            guard let student else { return [] }
            app.open(PicturesScreen(setting: student))
            return []
        case .delete:
            guard let student else { return [] }
            return app.commitAccess(.setPictures(student, nil))
        case .restore:
            guard let student else { return [] }
            app.setStatus(app.tr("\(app.displayName(student)) can try again now."), .info)
            return app.commitAccess(.clearLockout(student))
        default:
            return nil
        }
    }

    func render(_ app: AppState, _ body: Rect, _ canvas: inout Canvas) {
        let rect = body.inset(dx: 1, dy: 0)
        Widgets.box(&canvas, rect, title: app.tr("Signing in"))
        let inner = rect.inset(dx: 2, dy: 1)
        let access = app.access ?? Access()
        let minutes = access.settings.idleMinutes
        let lines: [(String, String)] = [
            (app.tr("Picture passwords"), access.settings.picturePasswords ? app.tr("on — children pick two pictures after their name")
                : app.tr("off — a name is enough")),
            (app.tr("Back to sign-in after"), minutes == 0 ? app.tr("never")
                : app.tr("\(count: minutes) quiet minutes (never in a rehearsal or the conference)")),
        ] + (app.classroom?.roster ?? []).map { entry in
            let pictures = access.pictures[entry.id].map { $0.map { Pictures.name($0, in: app.strings) }.joined(separator: app.tr(", then ")) } ?? app.tr("no pictures yet")
            let lockout = access.lockouts[entry.id]
            let tries = lockout.map { $0.isPaused(at: app.clock) ? " · " + app.tr("paused \($0.secondsLeft(at: app.clock)) s")
                : " · " + app.tr("\($0.misses) wrong") } ?? ""
            return ("\(entry.displayName) (\(entry.id))", pictures + tries)
        }
        let rows = Self.visibleRows(body)
        let top = cursor.firstRow(visible: rows, count: lines.count)
        for (offset, line) in lines.dropFirst(top).prefix(rows).enumerated() {
            let index = top + offset
            let row = Rect(x: inner.x, y: inner.y + offset + (index >= 2 ? 1 : 0), width: inner.width, height: 1)
            let selected = index == cursor.selected
            if selected { canvas.fill(row, .selection) }
            let x = canvas.text(line.0, x: row.x, y: row.y, slot: selected ? .selection : .text, limit: min(34, row.width))
            canvas.text(line.1, x: max(x + 2, row.x + 34), y: row.y, slot: selected ? .selection : .muted,
                        limit: row.maxX - max(x + 2, row.x + 34), ellipsis: true)
        }
    }
}
