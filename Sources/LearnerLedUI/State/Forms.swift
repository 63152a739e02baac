import Foundation
import LearnerLedCore
import TerminalKit

/// The add / edit form for one artifact.
public struct ArtifactForm: Equatable, Sendable {
    public enum Field: Int, CaseIterable, Sendable {
        case title, subject, kind, date, description, location

        public var label: String {
            switch self {
            case .title: return "Title"
            case .subject: return "Subject"
            case .kind: return "Kind"
            case .date: return "Date"
            case .description: return "About it"
            case .location: return "Where it is"
            }
        }

        public var isChoice: Bool { self == .subject || self == .kind }
    }

    public var studentID: String
    /// The artifact as it was when the form opened; nil when adding.
    public var original: Artifact?
    public var focus: Field = .title
    public var title: TextEditor
    public var subjectIndex: Int
    public var kindIndex: Int
    public var date: TextEditor
    public var description: TextEditor
    public var location: TextEditor
    public var error: String?
    private var initialValues: [String]

    public init(studentID: String, editing artifact: Artifact?, subjects: [Subject], today: Day, subjectHint: String? = nil) {
        self.studentID = studentID
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

    public var isEditing: Bool { original != nil }

    public func editor(_ field: Field) -> TextEditor? {
        switch field {
        case .title: return title
        case .date: return date
        case .description: return description
        case .location: return location
        case .subject, .kind: return nil
        }
    }

    public mutating func edit(_ field: Field, _ change: (inout TextEditor) -> Void) {
        switch field {
        case .title: change(&title)
        case .date: change(&date)
        case .description: change(&description)
        case .location: change(&location)
        case .subject, .kind: break
        }
    }

    /// The artifact this form describes, or a sentence saying what to fix.
    public func artifact(subjects: [Subject], now: Date) -> Result<Artifact, FormError> {
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
    public var hasChanges: Bool { values != initialValues }

    private var values: [String] {
        [title.text, String(subjectIndex), String(kindIndex), date.text, description.text, location.text]
    }
}

public struct FormError: Error, Equatable, Sendable {
    public var field: ArtifactForm.Field
    public var message: String
}

/// A student making their portfolio theirs: theme, cover title, symbol.
public struct DecorateForm: Equatable, Sendable {
    public enum Field: Int, CaseIterable, Sendable { case theme, title, symbol }

    public static let symbols = ["★", "⚽", "🐬", "🌳", "🌸", "🚀", "🌻", "⭐", "🦋", "🐱", "🌙", "🎨", "📚", "🦖",
                                 "🐢", "🌈", "🎵", "🏀", "🍎", "🐼", "🦊", "🌊", "🔭", "✿"]

    public var studentID: String
    public var original: Cover
    public var focus: Field = .theme
    public var themeIndex: Int
    public var title: TextEditor
    public var symbolIndex: Int
    /// Symbols to choose from: the list above plus the current one if it is not in it.
    public var symbolChoices: [String]

    public init(studentID: String, cover: Cover, themeNames: [String]) {
        self.studentID = studentID
        original = cover
        themeIndex = themeNames.firstIndex(of: cover.themeName) ?? 0
        title = TextEditor(cover.title, maxLength: 60)
        symbolChoices = Self.symbols.contains(cover.symbol) ? Self.symbols : [cover.symbol] + Self.symbols
        symbolIndex = symbolChoices.firstIndex(of: cover.symbol) ?? 0
    }

    public func cover(themeNames: [String]) -> Cover {
        let title = self.title.text.trimmingCharacters(in: .whitespaces)
        return Cover(themeName: themeNames[themeIndex], title: title.isEmpty ? original.title : title,
                     symbol: symbolChoices[symbolIndex])
    }
}

/// Starting a classroom from nothing: its name, the teacher, then the students one by one.
public struct NewClassroomForm: Equatable, Sendable {
    public enum Field: Int, CaseIterable, Sendable { case name, teacher, student }

    public var focus: Field = .name
    public var name = TextEditor("", maxLength: 60)
    public var teacher = TextEditor("", maxLength: 60)
    public var student = TextEditor("", maxLength: 60)
    public var students: [String] = []
    public var error: String?

    public init() {}
}
