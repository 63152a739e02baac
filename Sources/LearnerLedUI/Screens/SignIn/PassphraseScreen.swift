import Foundation
import LearnerLedCore
import TerminalKit

/// The teacher's way in from the sign-in screen: the passphrase, typed unseen, checked against its hash.
struct PassphraseScreen: FormScreen {
    enum Field: Equatable, Sendable { case passphrase }

    var focus: Field = .passphrase
    var typed = TextEditor("", maxLength: 200)
    var error: String?
    /// Waiting for the hash to be checked.
    var checking = false

    func fields(_ app: AppState) -> [Field] { [.passphrase] }
    func kind(of field: Field) -> FieldKind { .text }
    mutating func edit(_ field: Field, _ key: Key) { typed.handle(key) }
    var submitHelp: String { "unlock" }
    var hasChanges: Bool { false }
    var isDialog: Bool { true }

    mutating func submit(_ app: inout AppState, now: Date) -> [Effect] {
        let tr = strings(app)
        guard app.access?.teacherPassphrase != nil else {
            error = tr("No passphrase is set yet: the teacher's side stays locked. Set one with: learnerled teacher passphrase")
            return []
        }
        guard !typed.text.isEmpty else {
            error = tr("Type the teacher's passphrase, then press Enter.")
            return []
        }
        checking = true
        let attempt = typed.text
        typed = TextEditor("", maxLength: 200)
        return [.checkPassphrase(attempt)]
    }

    /// The hash did not match.
    mutating func refused(_ tr: Strings) {
        checking = false
        error = tr("That is not the teacher's passphrase.")
    }

    /// The teacher's own screen: the class's language alone, even at sign-in.
    func strings(_ app: AppState) -> Strings { Strings.language(app.classroom?.language) }

    func render(_ app: AppState, _ body: Rect, _ canvas: inout Canvas) {
        let tr = strings(app)
        let rect = body.centered(width: min(body.width - 4, 64), height: 9)
        canvas.fill(rect, .background)
        Widgets.box(&canvas, rect, title: tr("The teacher's side"), border: .accent)
        let inner = rect.inset(dx: 2, dy: 1)
        canvas.text(tr("Passphrase"), x: inner.x, y: inner.y + 1, slot: .accent)
        // Shown as dots: a child looking over a shoulder sees how long it is, nothing more.
        let masked = TextEditor(String(repeating: "•", count: typed.characters.count), maxLength: 200)
        Widgets.field(&canvas, Rect(x: inner.x + 12, y: inner.y + 1, width: inner.width - 12, height: 1), masked, focused: true)
        let note = checking ? tr("Checking…") : error ?? tr("Enter unlocks · Esc goes back to the names")
        Widgets.paragraph(&canvas, Rect(x: inner.x, y: inner.y + 3, width: inner.width, height: 3), note,
                          slot: error == nil ? .muted : .warning)
    }
}
