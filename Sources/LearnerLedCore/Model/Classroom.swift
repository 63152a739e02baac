import Foundation

/// Everything the whole class shares: who is in it, what they study, and the agreements that shape the
/// conference (boundaries, sentence starters, success criteria, probing questions).
public struct Classroom: StoredDocument {
    public static let currentSchemaVersion = 2

    public var schemaVersion: Int
    public var revision: Int
    public var name: String
    public var teacher: String
    public var term: String
    public var subjects: [Subject]
    /// Every student the class ever had, those removed too (marked, files kept), so an id is never made twice.
    public var allStudents: [RosterEntry]
    public var boundaries: Boundaries
    public var starterSets: [StarterSet]
    public var successCriteria: [SuccessCriterion]
    public var probingQuestions: [String]
    public var conference: ConferenceSettings
    /// The language of the teacher's screens and the class's own (sign-in, a child whose language the program
    /// does not speak yet); English when not set.
    public var language: String?

    public init(name: String, teacher: String, term: String = "", subjects: [Subject] = Defaults.subjects,
                roster: [RosterEntry] = [], boundaries: Boundaries = Defaults.boundaries,
                starterSets: [StarterSet] = Defaults.starterSets,
                successCriteria: [SuccessCriterion] = Defaults.successCriteria,
                probingQuestions: [String] = Defaults.probingQuestions,
                conference: ConferenceSettings = ConferenceSettings()) {
        self.schemaVersion = Self.currentSchemaVersion
        self.revision = 0
        self.name = name
        self.teacher = teacher
        self.term = term
        self.subjects = subjects
        self.allStudents = roster
        self.boundaries = boundaries
        self.starterSets = starterSets
        self.successCriteria = successCriteria
        self.probingQuestions = probingQuestions
        self.conference = conference
    }

    enum CodingKeys: String, CodingKey {
        case schemaVersion, revision, name, teacher, term, subjects, allStudents = "roster", boundaries, starterSets
        case successCriteria, probingQuestions, conference, language
    }

    /// The students in the class now, in order.
    public var roster: [RosterEntry] {
        // The list itself when nobody is off it (nearly always): the sign-in reads it for every key, and a filtered
        // copy paid for every entry's strings.
        get { allStudents.contains { $0.removedAt != nil } ? allStudents.filter { $0.removedAt == nil } : allStudents }
        set { allStudents = newValue + allStudents.filter { $0.removedAt != nil && !newValue.map(\.id).contains($0.id) } }
    }

    /// Students taken off the roster, newest first; their files are kept and they can be put back.
    public var removedStudents: [RosterEntry] {
        allStudents.filter { $0.removedAt != nil }.sorted { $0.removedAt! > $1.removedAt! }
    }

    public func subject(_ id: SubjectID) -> Subject? { subjects.first { $0.id == id } }
    public func student(_ id: StudentID) -> RosterEntry? {
        // Asked several times a frame: ids compared in place, without the filtered copy `roster` makes.
        for i in allStudents.indices where allStudents[i].id == id && allStudents[i].removedAt == nil { return allStudents[i] }
        return nil
    }

    /// The success criteria in a language: the class's criteria, each in the words the language's set (or the
    /// built-in translation) has for its id, else in the class's words.
    public func successCriteria(for language: String?) -> [SuccessCriterion] {
        let translated = starterSets.first(where: { $0.language == language })?.successCriteria
            ?? Defaults.starterSets.first(where: { $0.language == language })?.successCriteria ?? []
        // The class's list says which criteria there are; a language gives each its words, by id.
        return successCriteria.map { c in translated.first { $0.id == c.id }.map { SuccessCriterion(id: c.id, text: $0.text) } ?? c }
    }

    /// The probing questions in a language, found the same way as the success criteria.
    public func probingQuestions(for language: String?) -> [String] {
        if let own = starterSets.first(where: { $0.language == language })?.probingQuestions { return own }
        if probingQuestions == Defaults.probingQuestions,
           let builtIn = Defaults.starterSets.first(where: { $0.language == language })?.probingQuestions { return builtIn }
        return probingQuestions
    }

    /// The starter set in a language, falling back to English, then to the first set there is.
    public func starters(for language: String?) -> StarterSet {
        starterSets.first { $0.language == language }
            ?? starterSets.first { $0.language == "en" }
            ?? starterSets.first
            ?? Defaults.english
    }
}

public struct Subject: Codable, Equatable, Hashable, Sendable, Identifiable {
    public var id: SubjectID
    public var name: String
    public var symbol: String

    public init(id: SubjectID, name: String, symbol: String) {
        self.id = id
        self.name = name
        self.symbol = symbol
    }
}

public struct RosterEntry: Codable, Equatable, Sendable, Identifiable {
    public var id: StudentID
    public var displayName: String
    /// A starter-set language code such as "en" or "es".
    public var preferredLanguage: String
    public var familyContact: String?
    /// The school's own number for the child (a student information system's), kept from a roster import.
    public var schoolID: String?
    public var email: String?
    /// Set while the student is off the roster (moved away, added by mistake): their files stay.
    public var removedAt: Date?

    public init(id: StudentID, displayName: String, preferredLanguage: String = "en", familyContact: String? = nil) {
        self.id = id
        self.displayName = displayName
        self.preferredLanguage = preferredLanguage
        self.familyContact = familyContact
    }
}

/// The selection rules the class agreed on. A nil limit means "no such rule".
public struct Boundaries: Codable, Equatable, Sendable {
    public var maxPerSubject: Int?
    public var minTotal: Int?
    public var maxTotal: Int?
    public var requireStrengthAndChallenge: Bool
    public var requiredSubjects: [SubjectID]
    /// The day the class worked these out together.
    public var agreedOn: Day?

    public init(maxPerSubject: Int? = nil, minTotal: Int? = nil, maxTotal: Int? = nil,
                requireStrengthAndChallenge: Bool = false, requiredSubjects: [SubjectID] = [], agreedOn: Day? = nil) {
        self.maxPerSubject = maxPerSubject
        self.minTotal = minTotal
        self.maxTotal = maxTotal
        self.requireStrengthAndChallenge = requireStrengthAndChallenge
        self.requiredSubjects = requiredSubjects
        self.agreedOn = agreedOn
    }
}

/// The sentence starters of one language. Starters are data: a new language is a new set.
public struct StarterSet: Codable, Equatable, Sendable {
    public var language: String
    public var languageName: String
    /// The six end-of-lesson starters.
    public var lesson: [String]
    /// The three-part structure said about each chosen artifact.
    public var artifact: ArtifactStarters
    /// What the student says to open and close the conference.
    public var opening: [String]
    public var closing: [String]
    /// The success criteria and probing questions in this language, with the class's ids; nil uses the class's.
    public var successCriteria: [SuccessCriterion]?
    public var probingQuestions: [String]?

    public init(language: String, languageName: String, lesson: [String], artifact: ArtifactStarters,
                opening: [String], closing: [String], successCriteria: [SuccessCriterion]? = nil,
                probingQuestions: [String]? = nil) {
        self.language = language
        self.languageName = languageName
        self.lesson = lesson
        self.artifact = artifact
        self.opening = opening
        self.closing = closing
        self.successCriteria = successCriteria
        self.probingQuestions = probingQuestions
    }
}

public struct ArtifactStarters: Codable, Equatable, Sendable {
    public var succeeding: String
    public var challenged: String
    public var future: String

    public init(succeeding: String, challenged: String, future: String) {
        self.succeeding = succeeding
        self.challenged = challenged
        self.future = future
    }
}

public struct SuccessCriterion: Codable, Equatable, Sendable, Identifiable {
    public var id: String
    public var text: String

    public init(id: String, text: String) {
        self.id = id
        self.text = text
    }
}

public struct ConferenceSettings: Codable, Equatable, Sendable {
    public enum Format: String, Codable, Sendable, CaseIterable {
        case oneFamily = "one-family"
        case stations
        case twoAtATime = "two-at-a-time"
    }

    public var format: Format
    public var slotMinutes: Int
    /// Who comes when, in time order.
    public var schedule: [ScheduledConference]

    public init(format: Format = .oneFamily, slotMinutes: Int = 20, schedule: [ScheduledConference] = []) {
        self.format = format
        self.slotMinutes = slotMinutes
        self.schedule = schedule
    }

    enum CodingKeys: String, CodingKey { case format, slotMinutes, schedule }

    // A class saved before schedules existed has none: that is not a corrupt file.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        format = try c.decode(Format.self, forKey: .format)
        slotMinutes = try c.decode(Int.self, forKey: .slotMinutes)
        schedule = try c.decodeIfPresent([ScheduledConference].self, forKey: .schedule) ?? []
    }

    public func slot(for studentID: StudentID) -> ScheduledConference? { schedule.first { $0.studentID == studentID } }

    public func formatDescription(_ tr: Strings = .english) -> String {
        switch format {
        case .oneFamily: return tr("one family at a time")
        case .stations: return tr("stations (several families at once)")
        case .twoAtATime: return tr("two families at a time")
        }
    }
}

/// One line of the conference schedule: a time slot, a student, the family expected.
public struct ScheduledConference: Codable, Equatable, Sendable {
    public var day: Day
    /// "15:20", local time.
    public var time: String
    public var studentID: StudentID
    public var family: [String]

    public init(day: Day, time: String, studentID: StudentID, family: [String] = []) {
        self.day = day
        self.time = time
        self.studentID = studentID
        self.family = family
    }

    /// "15:20" and "9:05" are times; anything else is not.
    public static func isTime(_ text: String) -> Bool {
        let parts = text.split(separator: ":")
        guard parts.count == 2, parts[1].count == 2, let h = Int(parts[0]), let m = Int(parts[1]) else { return false }
        return (0...23).contains(h) && (0...59).contains(m)
    }

    var sortKey: String { "\(day) \(time.count == 4 ? "0" + time : time)" }

    /// Minutes from midnight.
    public var minute: Int {
        let parts = time.split(separator: ":").compactMap { Int($0) }
        return parts.count == 2 ? parts[0] * 60 + parts[1] : 0
    }
}

extension ConferenceSettings {
    /// Slots that overlap `slot` when one family comes at a time (another student's slot starting before this
    /// one ends, on the same day). Stations and two-at-a-time are meant to overlap.
    public func overlaps(with slot: ScheduledConference) -> [ScheduledConference] {
        guard format == .oneFamily else { return [] }
        return schedule.filter { other in
            other.studentID != slot.studentID && other.day == slot.day
                && other.minute < slot.minute + slotMinutes && slot.minute < other.minute + slotMinutes
        }
    }
}

extension Classroom {
    /// The students `query` names: an id, a whole name, or the first letters of a name or of one of its words,
    /// accents and case aside ("zoe" finds Zoë Müller). Several when it is not enough to tell them apart.
    public func students(matching query: String) -> [RosterEntry] {
        let q = query.nameKey
        guard !q.isEmpty else { return [] }
        if let byID = student(StudentID(query)) { return [byID] }
        let whole = roster.filter { $0.displayName.nameKey == q }
        if !whole.isEmpty { return whole }
        return roster.filter { entry in
            let name = entry.displayName.nameKey
            return name.hasPrefix(q) || name.split(separator: " ").contains { $0.hasPrefix(q) }
        }
    }
}
