import Foundation

/// One student's year: the portfolio they decorate, their artifacts, journal, rehearsals and conference.
/// Stored as `students/<id>.json`; nothing of the teacher's private notes lives here.
public struct Portfolio: StoredDocument {
    public static let currentSchemaVersion = 2

    public var schemaVersion: Int
    public var revision: Int
    public var studentID: StudentID
    public var cover: Cover
    public var artifacts: [Artifact]
    /// Deleted artifacts, newest last, until restored.
    public var trash: [Artifact]
    public var journal: [JournalEntry]
    public var rehearsals: [Rehearsal]
    public var conference: ConferenceRecord?

    public init(studentID: StudentID, cover: Cover = Cover(), artifacts: [Artifact] = [], trash: [Artifact] = [],
                journal: [JournalEntry] = [], rehearsals: [Rehearsal] = [], conference: ConferenceRecord? = nil) {
        self.schemaVersion = Self.currentSchemaVersion
        self.revision = 0
        self.studentID = studentID
        self.cover = cover
        self.artifacts = artifacts
        self.trash = trash
        self.journal = journal
        self.rehearsals = rehearsals
        self.conference = conference
    }

    public func artifact(_ id: ArtifactID) -> Artifact? { artifacts.first { $0.id == id } }
    public func index(of id: ArtifactID) -> Int? { artifacts.firstIndex { $0.id == id } }

    /// The sticky-noted artifacts in the order the student will present them.
    public var chosen: [Artifact] {
        artifacts.filter { $0.stickyNote != nil }.sorted { ($0.stickyNote!.order, $0.id) < ($1.stickyNote!.order, $1.id) }
    }

    /// Journal entries not in the trash, newest first.
    public var entries: [JournalEntry] {
        journal.filter { $0.deletedAt == nil }.sorted { ($0.date, $0.id) > ($1.date, $1.id) }
    }

    /// When the student last added or changed something.
    public var lastActivity: Date? {
        let times = artifacts.map(\.updatedAt) + journal.map(\.date) + rehearsals.map(\.startedAt)
        return times.max()
    }
}

/// How the student made the portfolio theirs.
public struct Cover: Codable, Equatable, Sendable {
    public var themeName: String
    public var title: String
    public var symbol: String

    public init(themeName: String = "classic", title: String = "My Portfolio", symbol: String = "★") {
        self.themeName = themeName
        self.title = title
        self.symbol = symbol
    }
}

/// A kind of work. Open-ended: a kind this version does not know is kept as written.
public struct ArtifactKind: RawRepresentable, Codable, Hashable, Sendable {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let writing = ArtifactKind(rawValue: "writing")
    public static let drawing = ArtifactKind(rawValue: "drawing")
    public static let worksheet = ArtifactKind(rawValue: "worksheet")
    public static let project = ArtifactKind(rawValue: "project")
    public static let test = ArtifactKind(rawValue: "test")
    public static let photo = ArtifactKind(rawValue: "photo of work")
    public static let recording = ArtifactKind(rawValue: "recording")
    public static let other = ArtifactKind(rawValue: "other")
    public static let known: [ArtifactKind] = [.writing, .drawing, .worksheet, .project, .test, .photo, .recording, .other]

    public init(from decoder: Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(rawValue)
    }
}

public struct Artifact: Codable, Equatable, Sendable, Identifiable {
    public var id: ArtifactID
    public var title: String
    public var subjectID: SubjectID
    public var kind: ArtifactKind
    public var date: Day
    public var description: String
    /// Where the real work is: a file path, or "paper folder, page 4".
    public var location: String
    public var stickyNote: StickyNote?
    public var reflection: ArtifactReflection
    public var createdAt: Date
    public var updatedAt: Date
    /// Set while the artifact is in the trash.
    public var deletedAt: Date?

    public init(id: ArtifactID = ArtifactID(Identifier.make()), title: String, subjectID: SubjectID, kind: ArtifactKind = .writing,
                date: Day, description: String = "", location: String = "", stickyNote: StickyNote? = nil,
                reflection: ArtifactReflection = ArtifactReflection(), createdAt: Date = Date(), updatedAt: Date? = nil) {
        self.id = id
        self.title = title
        self.subjectID = subjectID
        self.kind = kind
        self.date = date
        self.description = description
        self.location = location
        self.stickyNote = stickyNote
        self.reflection = reflection
        self.createdAt = createdAt
        self.updatedAt = updatedAt ?? createdAt
        self.deletedAt = nil
    }
}

/// A student's sticky note: "I want to share this".
public struct StickyNote: Codable, Equatable, Sendable {
    public enum Reason: String, Codable, Sendable, CaseIterable {
        case strength
        case challenge
    }

    public var reason: Reason
    public var words: String
    public var placedAt: Date
    /// Position in the conference, lowest first.
    public var order: Int

    public init(reason: Reason, words: String = "", placedAt: Date = Date(), order: Int) {
        self.reason = reason
        self.words = words
        self.placedAt = placedAt
        self.order = order
    }
}

/// What the student prepares to say about one chosen artifact, one answer per starter.
public struct ArtifactReflection: Codable, Equatable, Sendable {
    public var succeeding: String
    public var challenged: String
    public var future: String

    public init(succeeding: String = "", challenged: String = "", future: String = "") {
        self.succeeding = succeeding
        self.challenged = challenged
        self.future = future
    }

    public var completedParts: Int {
        [succeeding, challenged, future].filter { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }.count
    }

    public var isComplete: Bool { completedParts == 3 }
}

/// Stable, file-name-safe identifiers.
public enum Identifier {
    public static func make() -> String {
        UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(12).description
    }

    /// Student ids become file names: lower-case letters, digits and dashes only.
    public static func isValidStudentID(_ id: String) -> Bool {
        !id.isEmpty && id.count <= 64 && !id.hasPrefix("-")
            && id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// A readable id from a name, in Latin letters without accents by ICU's transliteration: "José García" →
    /// "jose-garcia", "Nguyễn Văn An" → "nguyen-van-an", "美玲" → "mei-ling", "Фатима" → "fatima". A name with no
    /// letters at all (🦊) is named by its characters ("fox-face"); never a word that says nothing, like "student".
    public static func slug(_ name: String) -> String {
        let latin = name.applyingTransform(StringTransform("Any-Latin; Latin-ASCII; Lower"), reverse: false) ?? name
        let word = letters(latin)
        if !word.isEmpty { return word }
        // "\N{FOX FACE}" for each character: its Unicode name, as words.
        let named = name.applyingTransform(StringTransform("Any-Name"), reverse: false)?.replacingOccurrences(of: "\\N", with: " ") ?? ""
        let described = letters(named.lowercased())
        return described.isEmpty ? "child" : described
    }

    /// Lower-case a–z and 0–9, everything else one dash between words, 40 at most.
    private static func letters(_ text: String) -> String {
        var out = ""
        for scalar in text.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                out.unicodeScalars.append(scalar)
            } else if !out.isEmpty, out.last != "-" {
                out.append("-")
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return String(out.prefix(40)).trimmingCharacters(in: CharacterSet(charactersIn: "-"))
    }

    /// A slug not yet taken.
    public static func uniqueSlug(for name: String, taken: Set<String>) -> String {
        let base = slug(name)
        if !taken.contains(base) { return base }
        var n = 2
        while taken.contains("\(base)-\(n)") { n += 1 }
        return "\(base)-\(n)"
    }

    /// A student id made from their name, not yet taken.
    public static func uniqueStudentID(for name: String, taken: Set<StudentID>) -> StudentID {
        StudentID(uniqueSlug(for: name, taken: Set(taken.map(\.rawValue))))
    }
}
