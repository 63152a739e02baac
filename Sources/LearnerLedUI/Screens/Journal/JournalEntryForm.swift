import Foundation
import LearnerLedCore
import TerminalKit

/// An end-of-lesson reflection: a starter picked by number, then the student's own words.
struct JournalEntryForm: FormScreen {
    enum Field: CaseIterable, Equatable, Sendable { case starter, words, subject, artifact }

    let student: StudentID
    var studentID: StudentID? { student }
    /// The class's end-of-lesson starters in the student's language.
    let starters: [String]
    let subjects: [Subject]
    var original: JournalEntry?
    var focus: Field = .starter
    var starterIndex: Int
    var words: TextEditor
    /// 0 for none, else 1 + index into the class's subjects.
    var subjectIndex: Int
    struct ArtifactChoice: Equatable, Sendable {
        var id: ArtifactID?
        var title: String
    }

    /// Artifacts the entry can be about: none first, then the newest ones (and the one it is already about).
    var artifactChoices: [ArtifactChoice]
    var artifactIndex: Int
    var error: String?

    init(studentID: StudentID, editing entry: JournalEntry?, starters: [String], subjects: [Subject],
         recent: [Artifact], about artifact: Artifact?) {
        student = studentID
        self.starters = starters
        self.subjects = subjects
        original = entry
        starterIndex = entry.flatMap { e in starters.firstIndex(of: e.starter) } ?? 0
        words = TextEditor(entry?.words ?? "", maxLength: 600)
        let subjectID = entry?.subjectID ?? artifact?.subjectID
        subjectIndex = subjectID.flatMap { id in subjects.firstIndex { $0.id == id } }.map { $0 + 1 } ?? 0
        var choices = [ArtifactChoice(id: nil, title: "—")] + recent.map { ArtifactChoice(id: $0.id, title: $0.title) }
        let linked = entry?.artifactID ?? artifact?.id
        if let linked, !choices.contains(where: { $0.id == linked }), let artifact, artifact.id == linked {
            choices.insert(ArtifactChoice(id: artifact.id, title: artifact.title), at: 1)
        }
        artifactChoices = choices
        artifactIndex = linked.flatMap { id in choices.firstIndex { $0.id == id } } ?? 0
        if entry != nil { focus = .words }
    }

    var hasChanges: Bool { !words.text.trimmingCharacters(in: .whitespaces).isEmpty && words.text != original?.words }

    func fields(_ app: AppState) -> [Field] { Field.allCases }
    func kind(of field: Field) -> FieldKind { field == .words ? .text : .choice }
    mutating func edit(_ field: Field, _ key: Key) { words.handle(key) }
    var submitHelp: String { "keep it" }

    mutating func change(_ field: Field, by step: Int, _ app: AppState) {
        switch field {
        case .starter: starterIndex = starterIndex.cycled(step, in: starters.count)
        case .subject: subjectIndex = subjectIndex.cycled(step, in: subjects.count + 1)
        case .artifact: artifactIndex = artifactIndex.cycled(step, in: artifactChoices.count)
        case .words: break
        }
    }

    /// The starter by its number: the second key of `w` `3`.
    func shortcuts(for field: Field, _ app: AppState) -> KeyTable {
        field == .starter ? [KeyBinding.digits(1...starters.count, "pick a starter") { .choose($0 - 1) }] : []
    }

    mutating func reduceMore(_ action: Action, _ app: inout AppState, now: Date) -> [Effect]? {
        guard case .choose(let n) = action, starters.indices.contains(n) else { return nil }
        starterIndex = n
        return []
    }

    /// The entry as written, or nil while the sentence is not finished.
    func entry(now: Date) -> JournalEntry? {
        let text = words.text.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty, starters.indices.contains(starterIndex) else { return nil }
        var entry = original ?? JournalEntry(date: now, starter: starters[starterIndex], words: text)
        entry.starter = starters[starterIndex]
        entry.words = text
        entry.subjectID = subjectIndex == 0 ? nil : subjects[subjectIndex - 1].id
        entry.artifactID = artifactChoices[artifactIndex].id
        return entry
    }

    mutating func submit(_ app: inout AppState, now: Date) -> [Effect] {
        if focus == .starter {
            focus = .words
            return []
        }
        guard let entry = entry(now: now) else {
            error = app.tr("Finish the sentence, then press Enter.")
            focus = .words
            return []
        }
        app.close()
        if let original {
            guard entry != original else { return [] }
            return app.commit(.updateJournalEntry(entry, base: original), to: student, label: app.tr("changes to the journal entry"))
        }
        let effects = app.commit(.addJournalEntry(entry), to: student, label: app.tr("the new journal entry"))
        if !effects.isEmpty { app.setStatus(app.tr("Kept in your journal: “\(entry.starter) \(entry.words)”"), .info) }
        return effects
    }

    mutating func saveBeforeQuit(_ app: inout AppState, now: Date) -> [Effect] {
        guard hasChanges, let entry = entry(now: now) else { return [] }
        let change: PortfolioChange = original.map { .updateJournalEntry(entry, base: $0) } ?? .addJournalEntry(entry)
        return app.commit(change, to: student, label: nil)
    }

    /// `w` from anywhere in a student's things: the end-of-lesson entry, about the artifact under the cursor if any.
    static func start(for id: StudentID, about artifact: Artifact?, editing entry: JournalEntry? = nil,
                      _ app: inout AppState) -> [Effect] {
        guard let classroom = app.classroom, let p = app.portfolios[id], !app.isReadOnly(id) else { return app.readOnlyRefusal(id) }
        let recent = Array(p.artifacts.sorted { ($0.date, $0.id) > ($1.date, $1.id) }.prefix(20))
        app.open(JournalEntryForm(studentID: id, editing: entry, starters: app.starters(for: id).lesson, subjects: classroom.subjects,
                                  recent: recent, about: artifact))
        return []
    }
}

extension JournalEntryForm {
    func render(_ state: AppState, _ body: Rect, _ canvas: inout Canvas) {
        let f = self
        let rect = body.inset(dx: 1, dy: 0)
        Widgets.box(&canvas, rect, title: f.original == nil ? state.tr("End of the lesson — what I think") : state.tr("Change my reflection"))
        let inner = rect.inset(dx: 2, dy: 1)
        canvas.text(state.tr("Pick a starter by its number:"), x: inner.x, y: inner.y, slot: f.focus == .starter ? .accent : .text)
        for (i, starter) in starters.enumerated() {
            let row = Rect(x: inner.x, y: inner.y + 1 + i, width: inner.width, height: 1)
            let chosen = i == f.starterIndex
            if chosen, f.focus == .starter { canvas.fill(row, .selection) }
            canvas.text("\(i + 1)  \(starter)", in: row, slot: chosen ? (f.focus == .starter ? .selection : .accent) : .muted)
        }
        var y = inner.y + starters.count + 2
        let starter = starters.indices.contains(f.starterIndex) ? starters[f.starterIndex] : ""
        canvas.text(starter, x: inner.x, y: y, slot: .title, limit: inner.width, ellipsis: true)
        let areaHeight = max(1, min(4, inner.maxY - y - 5))
        Widgets.area(&canvas, Rect(x: inner.x + 2, y: y + 1, width: inner.width - 2, height: areaHeight), f.words, focused: f.focus == .words)
        y += areaHeight + 2
        let subject = f.subjectIndex == 0 ? "—" : "\(subjects[f.subjectIndex - 1].symbol) \(subjects[f.subjectIndex - 1].name)"
        canvas.text(state.tr("Subject"), x: inner.x, y: y, slot: f.focus == .subject ? .accent : .text)
        FormWidgets.choice(&canvas, Rect(x: inner.x + 14, y: y, width: inner.width - 14, height: 1), subject, focused: f.focus == .subject)
        canvas.text(state.tr("About"), x: inner.x, y: y + 1, slot: f.focus == .artifact ? .accent : .text)
        FormWidgets.choice(&canvas, Rect(x: inner.x + 14, y: y + 1, width: inner.width - 14, height: 1), f.artifactChoices[f.artifactIndex].title,
               focused: f.focus == .artifact)
        if let error = f.error, y + 2 < inner.maxY {
            canvas.text("⚠ " + error, x: inner.x, y: y + 2, slot: .warning, limit: inner.width)
        }
    }
}
