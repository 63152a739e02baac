import Foundation
import LearnerLedCore
import TerminalKit

/// The teacher adding a student, or changing one's name, language or family contact. The id is made once from
/// the first name given and never changes.
struct StudentForm: FormScreen {
    enum Field: CaseIterable, Equatable, Sendable { case name, language, contact }

    /// The student being changed; nil when adding.
    let original: RosterEntry?
    var focus: Field = .name
    var name: TextEditor
    /// Any language, by code or name (es, vi, Spanish, Tiếng Việt): a child keeps theirs even before the class has
    /// starters in it.
    var language: TextEditor
    var contact: TextEditor
    var error: String?
    /// Set once the teacher was told the name is already in the class: a second Enter adds a second child.
    var sameNameAcknowledged = false

    init(editing entry: RosterEntry?, classroom: Classroom) {
        original = entry
        name = TextEditor(entry?.displayName ?? "", maxLength: 60)
        language = TextEditor(entry?.preferredLanguage ?? classroom.language ?? "en", maxLength: 40)
        contact = TextEditor(entry?.familyContact ?? "", maxLength: 120)
    }

    func fields(_ app: AppState) -> [Field] { Field.allCases }
    func kind(of field: Field) -> FieldKind { field == .language ? .short : .text }
    var submitHelp: String { original == nil ? "add" : "keep" }

    mutating func edit(_ field: Field, _ key: Key) {
        switch field {
        case .name: name.handle(key)
        case .language: language.handle(key)
        case .contact: contact.handle(key)
        }
        sameNameAcknowledged = false
    }

    /// The code of the language typed, or nil when it is no language.
    var languageCode: String? { RosterLanguage.code(language.text.trimmingCharacters(in: .whitespaces)) }

    var entry: RosterEntry {
        var e = original ?? RosterEntry(id: "", displayName: "")
        e.displayName = name.text.trimmingCharacters(in: .whitespaces)
        e.preferredLanguage = languageCode ?? original?.preferredLanguage ?? "en"
        let typed = contact.text.trimmingCharacters(in: .whitespaces)
        e.familyContact = typed.isEmpty ? nil : typed
        return e
    }

    var hasChanges: Bool {
        original.map { entry != $0 || languageCode == nil } ?? (!name.text.isEmpty || !contact.text.isEmpty)
    }

    mutating func submit(_ app: inout AppState, now: Date) -> [Effect] {
        guard let classroom = app.classroom else { return [] }
        var entry = entry
        guard !entry.displayName.isEmpty else {
            error = app.tr("Write the student's name.")
            focus = .name
            return []
        }
        guard languageCode != nil else {
            error = app.tr("Write a language as its code (es, vi) or its name (Spanish, Tiếng Việt).")
            focus = .language
            return []
        }
        // The same name twice: the teacher decides whether it is the same child or a second one.
        if let twin = classroom.roster.first(where: { $0.displayName.nameKey == entry.displayName.nameKey && $0.id != original?.id }),
           !sameNameAcknowledged {
            sameNameAcknowledged = true
            error = app.tr("\(twin.displayName) (\(twin.id)) is already in the class. If this is a second child with the same name, press Enter again; if it is the same child, Esc.")
            return []
        }
        app.close()
        if original != nil {
            guard entry != original else { return [] }
            app.setStatus(app.tr("\(entry.displayName) keeps the id \(entry.id).") + languageNote(entry, classroom, app.strings), .info)
            return app.commitClassroom(.updateStudent(entry))
        }
        entry.id = Identifier.uniqueStudentID(for: entry.displayName, taken: Set(classroom.allStudents.map(\.id)))
        app.setStatus(app.tr("Added \(entry.displayName) (id \(entry.id)).") + languageNote(entry, classroom, app.strings), .info)
        return app.commitClassroom(.addStudents([entry]))
    }

    func render(_ app: AppState, _ body: Rect, _ canvas: inout Canvas) {
        let rect = body.centered(width: min(body.width - 4, 70), height: 12)
        canvas.fill(rect, .background)
        Widgets.box(&canvas, rect, title: original.map { app.tr("Change \($0.displayName) (\($0.id))") } ?? app.tr("A new student"),
                    border: .accent)
        let inner = rect.inset(dx: 2, dy: 1)
        let labels: [(Field, String)] = [(.name, app.tr("Name")), (.language, app.tr("Language")), (.contact, app.tr("Family contact"))]
        let labelWidth = FormWidgets.labelWidth(labels.map(\.1), minimum: 17)
        for (i, (field, label)) in labels.enumerated() {
            let y = inner.y + i * 2
            canvas.text(label, x: inner.x, y: y, slot: focus == field ? .accent : .text, limit: labelWidth - 1)
            let value = Rect(x: inner.x + labelWidth, y: y, width: inner.width - labelWidth, height: 1)
            switch field {
            case .name: Widgets.field(&canvas, value, name, focused: focus == field, placeholder: app.tr("e.g. Chloé Dubois"))
            case .language:
                let field = Rect(x: value.x, y: value.y, width: 12, height: 1)
                Widgets.field(&canvas, field, language, focused: focus == .language, placeholder: "es, vi, Tiếng Việt")
                canvas.text(languageName(app), x: field.maxX + 1, y: value.y, slot: languageCode == nil ? .warning : .muted,
                            limit: value.maxX - field.maxX - 1, ellipsis: true)
            case .contact: Widgets.field(&canvas, value, contact, focused: focus == field, placeholder: app.tr("optional: a phone or an email"))
            }
        }
        Widgets.paragraph(&canvas, Rect(x: inner.x, y: inner.y + 6, width: inner.width, height: 3),
                          error ?? (original == nil ? app.tr("Enter adds · Esc cancels") : app.tr("Enter keeps · Esc cancels")),
                          slot: error == nil ? .muted : .warning)
    }

    /// "Tiếng Việt — no starters yet, uses the class's", shown beside what was typed.
    func languageName(_ app: AppState) -> String {
        guard let code = languageCode else { return app.tr("not a language yet") }
        let name = Locale(identifier: app.strings.language).localizedString(forLanguageCode: code) ?? code
        let hasStarters = app.classroom?.starterSets.contains { $0.language == code } ?? false
        return "→ " + name + (hasStarters ? "" : " · " + app.tr("no starters yet: the class's meanwhile"))
    }

    /// One sentence when the child's language has no starters in the class yet.
    func languageNote(_ entry: RosterEntry, _ classroom: Classroom, _ tr: Strings) -> String {
        guard !classroom.starterSets.contains(where: { $0.language == entry.preferredLanguage }) else { return "" }
        let fallback = classroom.starters(for: entry.preferredLanguage).languageName
        return " " + tr("There are no \(entry.preferredLanguage) starters yet: \(entry.displayName) uses the \(fallback) ones meanwhile.")
    }
}
