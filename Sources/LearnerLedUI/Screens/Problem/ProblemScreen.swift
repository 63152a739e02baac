import Foundation
import LearnerLedCore
import TerminalKit

/// A file that cannot be read: what is wrong, and the newest good earlier copy if there is one.
public struct ProblemScreen: ScreenFeature {
    var error: StoreError
    var backup: DocumentStore.Backup?
    var key: DocumentKey

    public init(error: StoreError, backup: DocumentStore.Backup?, key: DocumentKey) {
        self.error = error
        self.backup = backup
        self.key = key
    }

    func keys(_ app: AppState) -> KeyTable {
        (backup == nil ? [] : [KeyBinding([.character("r")], "restore backup", .restore)]) + [
            KeyBinding([.escape], "back", .back),
            KeyBinding([.character("q")], "quit", .quit),
        ]
    }

    mutating func reduce(_ action: Action, _ app: inout AppState, now: Date) -> [Effect]? {
        switch action {
        case .restore where backup != nil:
            return [.restoreBackup(self)]
        case .back where !app.screens.isEmpty:
            // The class file's own problem is the first screen: there is nothing under it to go back to.
            app.close()
            return []
        default:
            return nil
        }
    }
}

extension ProblemScreen {
    func render(_ state: AppState, _ body: Rect, _ canvas: inout Canvas) {
        let p = self
        let rect = body.inset(by: 1)
        Widgets.box(&canvas, rect, title: state.tr("Something needs attention"), border: .warning)
        let inner = rect.inset(dx: 2, dy: 1)
        var y = inner.y
        y += Widgets.paragraph(&canvas, Rect(x: inner.x, y: y, width: inner.width, height: 4), p.error.message(state.strings), slot: .text) + 1
        if let backup = p.backup {
            let text = state.tr("An earlier copy (saved \(Day(backup.savedAt).longTitle(state.strings)), version \(backup.revision)) reads fine. Press \(key(.restore, state)) to put it back; the unreadable file is kept in history/, nothing is deleted.")
            Widgets.paragraph(&canvas, Rect(x: inner.x, y: y, width: inner.width, height: 4), text, slot: .accent)
        } else {
            Widgets.paragraph(&canvas, Rect(x: inner.x, y: y, width: inner.width, height: 4),
                              state.tr("There is no earlier copy. The file was not changed; ask for help to repair it."), slot: .muted)
        }
    }
}
