import Foundation
import LearnerLedCore
import TerminalKit

/// The teacher naming the class list a school's system exported; Enter reads it and shows what importing it
/// would do, before anything is written.
struct RosterFileForm: FormScreen {
    enum Field: CaseIterable, Equatable, Sendable { case path }

    var focus: Field = .path
    var path = TextEditor("", maxLength: 400)
    var error: String?

    func fields(_ app: AppState) -> [Field] { Field.allCases }
    func kind(of field: Field) -> FieldKind { .text }
    var submitHelp: String { "preview" }
    var hasChanges: Bool { !path.text.isEmpty }

    mutating func edit(_ field: Field, _ key: Key) {
        path.handle(key)
        error = nil
    }

    /// A path as a teacher types it: `~/Downloads/roster.csv`, or dragged into the terminal in quotes.
    var file: String {
        let typed = path.text.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "'\""))
        return (typed as NSString).expandingTildeInPath
    }

    mutating func submit(_ app: inout AppState, now: Date) -> [Effect] {
        guard !file.isEmpty else {
            error = app.tr("Write where the class list is, e.g. ~/Downloads/roster.csv")
            return []
        }
        return [.readRosterFile(file)]
    }

    /// The file's text, or why it could not be read: the preview opens over this form, which keeps the path.
    mutating func reduceMore(_ action: Action, _ app: inout AppState, now: Date) -> [Effect]? {
        guard case .rosterFileRead(let text) = action else { return nil }
        switch text {
        case .success(let text): app.open(RosterPreviewScreen(text: text, classroom: app.classroom))
        case .failure(let problem): error = problem.description
        }
        return []
    }

    func render(_ app: AppState, _ body: Rect, _ canvas: inout Canvas) {
        let rect = body.centered(width: min(body.width - 4, 74), height: 11)
        canvas.fill(rect, .background)
        Widgets.box(&canvas, rect, title: app.tr("Import a class list"), border: .accent)
        let inner = rect.inset(dx: 2, dy: 1)
        Widgets.paragraph(&canvas, Rect(x: inner.x, y: inner.y, width: inner.width, height: 3),
                          app.tr("A CSV or Unicode text file from the school's system or Google Classroom. You will see what it adds and changes before anything is written."), slot: .muted)
        canvas.text(app.tr("File"), x: inner.x, y: inner.y + 4, slot: .accent, limit: 6)
        Widgets.field(&canvas, Rect(x: inner.x + 6, y: inner.y + 4, width: inner.width - 6, height: 1), path, focused: true,
                      placeholder: app.tr("e.g. ~/Downloads/roster.csv"))
        Widgets.paragraph(&canvas, Rect(x: inner.x, y: inner.y + 6, width: inner.width, height: 2),
                          error ?? app.tr("Enter previews · Esc cancels"), slot: error == nil ? .muted : .warning)
    }
}
