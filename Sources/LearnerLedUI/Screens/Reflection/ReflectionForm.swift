import Foundation
import LearnerLedCore
import TerminalKit

/// What the student will say about one chosen artifact, one sentence starter at a time.
struct ReflectionForm: FormScreen {
    let student: StudentID
    var studentID: StudentID? { student }
    var artifact: Artifact
    /// The starters in the order the student fills them (and will say them).
    let parts: [ReflectionPart]
    var focus: ReflectionPart
    /// One editor per part, in `parts` order.
    var editors: [TextEditor]
    var error: String?

    init(studentID: StudentID, artifact: Artifact) {
        student = studentID
        self.artifact = artifact
        parts = ReflectionPart.order(for: artifact.stickyNote?.reason)
        editors = parts.map { TextEditor(artifact.reflection[$0], maxLength: 600) }
        // The cursor starts on the first part not written yet.
        focus = parts.first { artifact.reflection[$0].trimmingCharacters(in: .whitespaces).isEmpty } ?? parts[0]
    }

    func editor(_ part: ReflectionPart) -> TextEditor { editors[parts.firstIndex(of: part)!] }

    func fields(_ app: AppState) -> [ReflectionPart] { parts }
    func kind(of field: ReflectionPart) -> FieldKind { .text }
    mutating func edit(_ field: ReflectionPart, _ key: Key) { editors[parts.firstIndex(of: field)!].handle(key) }
    var submitHelp: String { "next / keep" }

    var reflection: ArtifactReflection {
        var r = ArtifactReflection()
        for (part, editor) in zip(parts, editors) { r[part] = editor.text.trimmingCharacters(in: .whitespaces) }
        return r
    }

    var hasChanges: Bool { reflection != artifact.reflection }

    /// Saving the form: only the reflection, merged against the artifact as it was when the form opened.
    func change(now: Date) -> PortfolioChange {
        var updated = artifact
        updated.reflection = reflection
        updated.updatedAt = now
        return .updateArtifact(updated, base: artifact)
    }

    /// Enter goes on to the next starter, and keeps all three after the last.
    mutating func submit(_ app: inout AppState, now: Date) -> [Effect] {
        if focus != parts.last {
            focus = Self.step(from: focus, by: 1, in: parts)
            return []
        }
        app.close()
        guard hasChanges else { return [] }
        let effects = app.commit(change(now: now), to: student, label: app.tr("what you wrote about “\(artifact.title)”"))
        if !effects.isEmpty {
            let done = reflection.completedParts
            app.setStatus(done == 3 ? app.tr("All three parts are ready for “\(artifact.title)”.") : app.tr("Kept. \(done) of 3 parts written."), .info)
        }
        return effects
    }

    mutating func saveBeforeQuit(_ app: inout AppState, now: Date) -> [Effect] {
        hasChanges ? app.commit(change(now: now), to: student, label: nil) : []
    }
}

extension ReflectionForm {
    func render(_ state: AppState, _ body: Rect, _ canvas: inout Canvas) {
        let f = self
        let starters = state.starters(for: student).artifact
        let rect = body.inset(dx: 1, dy: 0)
        Widgets.box(&canvas, rect, title: state.tr("What I will say about “\(f.artifact.title)”"))
        let inner = rect.inset(dx: 2, dy: 1)
        if let note = f.artifact.stickyNote {
            let words = note.words.isEmpty ? "" : " — “\(note.words)”"
            let why = note.reason == .strength ? state.tr("I chose it to show a strength") : state.tr("I chose it to show a challenge")
            canvas.text("● " + why + words, x: inner.x, y: inner.y,
                        slot: note.reason == .strength ? .strength : .challenge, limit: inner.width, ellipsis: true)
        }
        // Two rows of header, a row of progress, and for each part a starter line, its text and a gap.
        let areaHeight = max(1, min(4, (inner.height - 3) / 3 - 2))
        var y = inner.y + 2
        for part in f.parts {
            let starter = starters[part]
            let focused = part == f.focus
            canvas.text(starter, x: inner.x, y: y, slot: focused ? .accent : .title, limit: inner.width, ellipsis: true)
            Widgets.area(&canvas, Rect(x: inner.x + 2, y: y + 1, width: inner.width - 2, height: areaHeight), f.editor(part),
                         focused: focused)
            y += areaHeight + 2
        }
        let done = f.reflection.completedParts
        if y < inner.maxY {
            canvas.text(state.tr("\(done) of 3 written · \(key(.open, state)) goes on to the next, and keeps it after the last"), x: inner.x,
                        y: y - 1, slot: done == 3 ? .success : .muted, limit: inner.width, ellipsis: true)
        }
    }
}
