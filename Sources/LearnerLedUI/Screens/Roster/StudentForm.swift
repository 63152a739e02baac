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
    var languageIndex: Int
    struct Language: Equatable, Sendable {
        var code: String
        var name: String
    }

    let languages: [Language]
    var contact: TextEditor
    var error: String?
    /// Set once the teacher was told the name is already in the class: a second Enter adds a second child.
    var sameNameAcknowledged = false

    init(editing entry: RosterEntry?, classroom: Classroom) {
        original = entry
        var languages = classroom.starterSets.map { Language(code: $0.language, name: $0.languageName) }
        if let code = entry?.preferredLanguage, !languages.contains(where: { $0.code == code }) {
            languages.append(Language(code: code, name: code))
        }
        self.languages = languages
        name = TextEditor(entry?.displayName ?? "", maxLength: 60)
        languageIndex = languages.firstIndex { $0.code == (entry?.preferredLanguage ?? "en") } ?? 0
        contact = TextEditor(entry?.familyContact ?? "", maxLength: 120)
    }

    func fields(_ app: AppState) -> [Field] { Field.allCases }
    func kind(of field: Field) -> FieldKind { field == .language ? .choice : .text }
    var submitHelp: String { original == nil ? "add" : "keep" }

    mutating func edit(_ field: Field, _ key: Key) {
        if field == .name { name.handle(key) } else { contact.handle(key) }
        sameNameAcknowledged = false
    }

    mutating func change(_ field: Field, by step: Int, _ app: AppState) {
        languageIndex = languageIndex.cycled(step, in: languages.count)
    }

    var entry: RosterEntry {
        var e = original ?? RosterEntry(id: "", displayName: "")
        e.displayName = name.text.trimmingCharacters(in: .whitespaces)
        e.preferredLanguage = languages.indices.contains(languageIndex) ? languages[languageIndex].code : "en"
        let typed = contact.text.trimmingCharacters(in: .whitespaces)
        e.familyContact = typed.isEmpty ? nil : typed
        return e
    }

    var hasChanges: Bool { original.map { entry != $0 } ?? (!name.text.isEmpty || !contact.text.isEmpty) }

    mutating func submit(_ app: inout AppState, now: Date) -> [Effect] {
        guard let classroom = app.classroom else { return [] }
        var entry = entry
        guard !entry.displayName.isEmpty else {
            error = "Write the student's name."
            focus = .name
            return []
        }
        // The same name twice: the teacher decides whether it is the same child or a second one.
        if let twin = classroom.roster.first(where: { $0.displayName.nameKey == entry.displayName.nameKey && $0.id != original?.id }),
           !sameNameAcknowledged {
            sameNameAcknowledged = true
            error = "\(twin.displayName) (\(twin.id)) is already in the class. If this is a second child with the same name, press "
                + "Enter again; if it is the same child, Esc."
            return []
        }
        app.close()
        if original != nil {
            guard entry != original else { return [] }
            app.setStatus("\(entry.displayName) keeps the id \(entry.id).", .info)
            return app.commitClassroom(.updateStudent(entry))
        }
        entry.id = Identifier.uniqueStudentID(for: entry.displayName, taken: Set(classroom.allStudents.map(\.id)))
        app.setStatus("Added \(entry.displayName) (id \(entry.id)).", .info)
        return app.commitClassroom(.addStudents([entry]))
    }

    func render(_ app: AppState, _ body: Rect, _ canvas: inout Canvas) {
        let rect = body.centered(width: min(body.width - 4, 70), height: 12)
        canvas.fill(rect, .background)
        Widgets.box(&canvas, rect, title: original.map { "Change \($0.displayName) (\($0.id))" } ?? "A new student", border: .accent)
        let inner = rect.inset(dx: 2, dy: 1)
        let labels: [(Field, String)] = [(.name, "Name"), (.language, "Language"), (.contact, "Family contact")]
        for (i, (field, label)) in labels.enumerated() {
            let y = inner.y + i * 2
            canvas.text(label, x: inner.x, y: y, slot: focus == field ? .accent : .text, limit: 16)
            let value = Rect(x: inner.x + 17, y: y, width: inner.width - 17, height: 1)
            switch field {
            case .name: Widgets.field(&canvas, value, name, focused: focus == field, placeholder: "e.g. Chloé Dubois")
            case .language:
                let language = languages.indices.contains(languageIndex) ? languages[languageIndex] : Language(code: "en", name: "English")
                FormWidgets.choice(&canvas, value, "\(language.name) (\(language.code))", focused: focus == field)
            case .contact: Widgets.field(&canvas, value, contact, focused: focus == field, placeholder: "optional: a phone or an email")
            }
        }
        Widgets.paragraph(&canvas, Rect(x: inner.x, y: inner.y + 6, width: inner.width, height: 3),
                          error ?? "Enter \(submitHelp)s · Esc cancels", slot: error == nil ? .muted : .warning)
    }
}
