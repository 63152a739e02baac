import Foundation
import LearnerLedCore
import TerminalKit

/// Putting a sticky note on an artifact, or changing one: why (strength or challenge) and a few words.
struct StickyNoteForm: FormScreen {
    var drawsFromPreview: Bool { true }
    enum Field: CaseIterable, Equatable, Sendable { case reason, words }

    let student: StudentID
    var studentID: StudentID? { student }
    /// The artifact as it was when the form opened: the base its change is merged against.
    var artifact: Artifact
    var focus: Field = .reason
    var reason: StickyNote.Reason
    var words: TextEditor
    var error: String?

    init(studentID: StudentID, artifact: Artifact) {
        student = studentID
        self.artifact = artifact
        reason = artifact.stickyNote?.reason ?? .strength
        words = TextEditor(artifact.stickyNote?.words ?? "", maxLength: 80)
    }

    var isNew: Bool { artifact.stickyNote == nil }
    var isDialog: Bool { true }
    var submitHelp: String { "put it on" }

    func fields(_ app: AppState) -> [Field] { Field.allCases }
    func kind(of field: Field) -> FieldKind { field == .reason ? .choice : .text }
    mutating func edit(_ field: Field, _ key: Key) { words.handle(key) }
    mutating func change(_ field: Field, by step: Int, _ app: AppState) { reason = reason == .strength ? .challenge : .strength }

    func shortcuts(for field: Field, _ app: AppState) -> KeyTable {
        [KeyBinding([.character("s")], "strength", .choose(0)), KeyBinding([.character("c")], "challenge", .choose(1))]
    }

    mutating func reduceMore(_ action: Action, _ app: inout AppState, now: Date) -> [Effect]? {
        guard case .choose(let n) = action else { return nil }
        reason = n == 0 ? .strength : .challenge
        return []
    }

    var hasChanges: Bool {
        reason != artifact.stickyNote?.reason ?? .strength || words.text != artifact.stickyNote?.words ?? ""
    }

    mutating func submit(_ app: inout AppState, now: Date) -> [Effect] {
        app.close()
        return placeNote(&app, now: now)
    }

    mutating func saveBeforeQuit(_ app: inout AppState, now: Date) -> [Effect] {
        hasChanges ? placeNote(&app, now: now) : []
    }

    /// Space: put a sticky note on an artifact (asking why), or take it off.
    static func toggle(on artifact: Artifact, of id: StudentID, _ app: inout AppState, now: Date, undoKey: String) -> [Effect] {
        guard !app.isReadOnly(id) else { return app.readOnlyRefusal(id) }
        guard artifact.stickyNote != nil else {
            app.open(StickyNoteForm(studentID: id, artifact: artifact))
            return []
        }
        var updated = artifact
        updated.stickyNote = nil
        updated.updatedAt = now
        let effects = app.commit(.updateArtifact(updated, base: artifact), to: id, label: app.tr("the sticky note on “\(artifact.title)”"))
        if !effects.isEmpty { app.setStatus(app.tr("Took the sticky note off “\(artifact.title)”. \(undoKey) puts it back."), .info) }
        return effects
    }

    private func placeNote(_ app: inout AppState, now: Date) -> [Effect] {
        let form = self
        let id = form.student
        guard let p = app.portfolios[id], let classroom = app.classroom else { return [] }
        let before = Set(BoundaryCheck.unmet(for: p, in: classroom, app.strings))
        var updated = form.artifact
        let order = form.artifact.stickyNote?.order ?? ((p.chosen.last?.stickyNote?.order ?? -1) + 1)
        updated.stickyNote = StickyNote(reason: form.reason, words: form.words.text.trimmingCharacters(in: .whitespaces),
                                        placedAt: form.artifact.stickyNote?.placedAt ?? now, order: order)
        guard updated != form.artifact else { return [] }
        updated.updatedAt = now
        let effects = app.commit(.updateArtifact(updated, base: form.artifact), to: id,
                             label: form.isNew ? app.tr("the sticky note on “\(updated.title)”") : app.tr("the change to the sticky note"))
        guard !effects.isEmpty, let after = app.portfolios[id] else { return effects }
        // Children decide; the rules guide. A note that breaks a rule stays, with the rule said plainly.
        if let broken = BoundaryCheck.unmet(for: after, in: classroom, app.strings).first(where: { !before.contains($0) }) {
            app.setStatus(app.tr("Sticky note placed. Heads up: \(broken)"), .warning)
        } else {
            app.setStatus(form.isNew ? app.tr("Sticky note placed on “\(updated.title)”.") : app.tr("Sticky note changed."), .info)
        }
        return effects
    }
}

extension StickyNoteForm {
    func render(_ state: AppState, _ body: Rect, _ canvas: inout Canvas) {
        let f = self
        let rect = body.centered(width: min(body.width - 4, 64), height: 9)
        canvas.fill(rect, .background)
        Widgets.box(&canvas, rect, title: f.isNew ? state.tr("A sticky note") : state.tr("Change the sticky note"), border: .accent)
        let inner = rect.inset(dx: 2, dy: 1)
        canvas.text("“\(f.artifact.title)”", in: inner.row(0), slot: .title)
        let labelWidth = FormWidgets.labelWidth([state.tr("Why share it?"), state.tr("A few words")], minimum: 15)
        canvas.text(state.tr("Why share it?"), x: inner.x, y: inner.y + 2, slot: f.focus == .reason ? .accent : .text)
        var x = inner.x + labelWidth
        for reason in StickyNote.Reason.allCases {
            let chosen = f.reason == reason
            let label = reason == .strength ? " s  \(state.tr("a strength")) " : " c  \(state.tr("a challenge")) "
            let slot: Slot = chosen ? (f.focus == .reason ? .selection : (reason == .strength ? .strength : .challenge)) : .muted
            x = canvas.text((chosen ? "●" : "○") + label, x: x, y: inner.y + 2, slot: slot) + 1
        }
        canvas.text(state.tr("A few words"), x: inner.x, y: inner.y + 4, slot: f.focus == .words ? .accent : .text)
        Widgets.field(&canvas, Rect(x: inner.x + labelWidth, y: inner.y + 4, width: inner.width - labelWidth, height: 1), f.words,
                      focused: f.focus == .words, placeholder: state.tr("e.g. I'm proud of my graph"))
        canvas.text(state.tr("\(key(.open, state)) puts it on · \(key(.back, state)) cancels"), x: inner.x, y: inner.y + 6, slot: .muted, limit: inner.width)
    }
}
