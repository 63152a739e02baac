import Foundation
import LearnerLedCore
import TerminalKit

/// The add / edit form for one artifact.
struct ArtifactForm: FormScreen {
    var drawsFromPreview: Bool { true }
    enum Field: Int, CaseIterable, Equatable, Sendable {
        case title, subject, kind, date, description, location

        var label: Phrase {
            switch self {
            case .title: return "Title"
            case .subject: return "Subject"
            case .kind: return "Kind"
            case .date: return "Date"
            case .description: return "About it"
            case .location: return "Where it is"
            }
        }

        var isChoice: Bool { self == .subject || self == .kind }
    }

    let student: StudentID
    var studentID: StudentID? { student }
    /// The artifact as it was when the form opened; nil when adding.
    var original: Artifact?
    var focus: Field = .title
    var title: TextEditor
    var subjectIndex: Int
    var kindIndex: Int
    var date: TextEditor
    var description: TextEditor
    var location: TextEditor
    var error: String?
    private var initialValues: [String]

    init(studentID: StudentID, editing artifact: Artifact?, subjects: [Subject], today: Day, subjectHint: SubjectID? = nil) {
        student = studentID
        original = artifact
        title = TextEditor(artifact?.title ?? "", maxLength: 120)
        let subjectID = artifact?.subjectID ?? subjectHint
        subjectIndex = subjects.firstIndex { $0.id == subjectID } ?? 0
        kindIndex = artifact.flatMap { a in ArtifactKind.known.firstIndex(of: a.kind) } ?? 0
        date = TextEditor((artifact?.date ?? today).description, maxLength: 10)
        description = TextEditor(artifact?.description ?? "", maxLength: 2000)
        location = TextEditor(artifact?.location ?? "", maxLength: 200)
        initialValues = []
        initialValues = values
    }

    var isEditing: Bool { original != nil }

    func fields(_ app: AppState) -> [Field] { Field.allCases }

    func kind(of field: Field) -> FieldKind { field.isChoice ? .choice : field == .date ? .short : .text }

    mutating func edit(_ field: Field, _ key: Key) { edit(field) { $0.handle(key) } }

    mutating func change(_ field: Field, by step: Int, _ app: AppState) {
        if field == .subject {
            subjectIndex = subjectIndex.cycled(step, in: app.classroom?.subjects.count ?? 0)
        } else if field == .kind {
            kindIndex = kindIndex.cycled(step, in: ArtifactKind.known.count)
        }
    }

    mutating func submit(_ app: inout AppState, now: Date) -> [Effect] {
        guard let classroom = app.classroom else { return [] }
        switch artifact(subjects: classroom.subjects, now: now) {
        case .failure(let error):
            self.error = app.tr(error.message)
            focus = error.field
            return []
        case .success(let artifact):
            app.close()
            guard hasChanges else { return [] }
            app.update(PortfolioScreen.self) { $0.reveal = artifact.id }
            return app.commit(change(artifact), to: student,
                              label: isEditing ? app.tr("changes to “\(artifact.title)”") : app.tr("adding “\(artifact.title)”"))
        }
    }

    /// Quitting with a valid artifact typed saves it.
    mutating func saveBeforeQuit(_ app: inout AppState, now: Date) -> [Effect] {
        guard hasChanges, let classroom = app.classroom, case .success(let artifact) = artifact(subjects: classroom.subjects, now: now)
        else { return [] }
        return app.commit(change(artifact), to: student, label: nil)
    }

    private func change(_ artifact: Artifact) -> PortfolioChange {
        original.map { .updateArtifact(artifact, base: $0) } ?? .addArtifact(artifact)
    }

    func editor(_ field: Field) -> TextEditor? {
        switch field {
        case .title: return title
        case .date: return date
        case .description: return description
        case .location: return location
        case .subject, .kind: return nil
        }
    }

    mutating func edit(_ field: Field, _ change: (inout TextEditor) -> Void) {
        switch field {
        case .title: change(&title)
        case .date: change(&date)
        case .description: change(&description)
        case .location: change(&location)
        case .subject, .kind: break
        }
    }

    /// The artifact this form describes, or a sentence saying what to fix.
    func artifact(subjects: [Subject], now: Date) -> Result<Artifact, FormError<Field>> {
        let cleanTitle = title.text.trimmingCharacters(in: .whitespaces)
        guard !cleanTitle.isEmpty else { return .failure(FormError(field: .title, message: "Give it a title.")) }
        guard let day = Day(date.text.trimmingCharacters(in: .whitespaces)) else {
            return .failure(FormError(field: .date, message: "Write the date like 2026-09-14."))
        }
        guard subjects.indices.contains(subjectIndex) else {
            return .failure(FormError(field: .subject, message: "The class has no subjects yet."))
        }
        var artifact = original ?? Artifact(title: cleanTitle, subjectID: subjects[subjectIndex].id, date: day, createdAt: now)
        artifact.title = cleanTitle
        artifact.subjectID = subjects[subjectIndex].id
        artifact.kind = ArtifactKind.known[kindIndex]
        artifact.date = day
        artifact.description = description.text.trimmingCharacters(in: .whitespaces)
        artifact.location = location.text.trimmingCharacters(in: .whitespaces)
        if original != nil, artifact != original { artifact.updatedAt = now }
        return .success(artifact)
    }

    /// True when something was typed or chosen that saving would keep.
    var hasChanges: Bool { values != initialValues }

    private var values: [String] {
        [title.text, String(subjectIndex), String(kindIndex), date.text, description.text, location.text]
    }
}

/// What to fix in a form, and where.
struct FormError<Field: Sendable>: Error, Sendable {
    var field: Field
    var message: Phrase
}

extension ArtifactForm {
    func render(_ state: AppState, _ body: Rect, _ canvas: inout Canvas) {
        let f = self
        let subjects = state.classroom?.subjects ?? []
        let rect = body.inset(dx: 1, dy: 0)
        Widgets.box(&canvas, rect, title: (f.isEditing ? state.tr("Change an artifact") : state.tr("Add an artifact")) + " — \(state.displayName(student))")
        let inner = rect.inset(dx: 2, dy: 1)
        let labelWidth = FormWidgets.labelWidth(ArtifactForm.Field.allCases.map { state.tr($0.label) }, minimum: 13)
        var y = inner.y
        for field in ArtifactForm.Field.allCases {
            let focused = f.focus == field
            canvas.text(state.tr(field.label), x: inner.x, y: y, slot: focused ? .accent : .text, limit: labelWidth - 1)
            let valueRect = Rect(x: inner.x + labelWidth, y: y, width: inner.width - labelWidth, height: 1)
            switch field {
            case .subject:
                let subject = subjects.indices.contains(f.subjectIndex) ? subjects[f.subjectIndex] : nil
                FormWidgets.choice(&canvas, valueRect, subject.map { "\($0.symbol) \($0.name)" } ?? "—", focused: focused)
            case .kind:
                FormWidgets.choice(&canvas, valueRect, state.tr(Phrase(verbatim: ArtifactKind.known[f.kindIndex].rawValue)), focused: focused)
            case .description:
                let height = max(1, min(4, inner.maxY - y - 4))
                Widgets.area(&canvas, Rect(x: valueRect.x, y: y, width: valueRect.width, height: height), f.description, focused: focused)
                y += height - 1
            default:
                Widgets.field(&canvas, valueRect, f.editor(field)!, focused: focused,
                              placeholder: field == .location ? state.tr("e.g. paper folder, page 4") : "")
            }
            y += 2
        }
        FormWidgets.footer(&canvas, error: f.error, hint: state.tr("\(key(.open, state)) saves · \(key(.back, state)) cancels"), x: inner.x, y: min(y, inner.maxY - 1),
                           width: inner.width)
    }
}
