import Foundation

/// What the teacher keeps about one student for their own eyes: reflections to share when the child needs
/// support, questions pinned for this child, notes taken during the conference. Stored as
/// `teacher/<id>.json`, never read in student mode.
public struct TeacherNotes: StoredDocument {
    public static let currentSchemaVersion = 2

    public var schemaVersion: Int
    public var revision: Int
    public var studentID: StudentID
    public var reflections: String
    public var pinnedQuestions: [String]
    public var conferenceNotes: [TimedNote]

    public init(studentID: StudentID, reflections: String = "", pinnedQuestions: [String] = [],
                conferenceNotes: [TimedNote] = []) {
        self.schemaVersion = Self.currentSchemaVersion
        self.revision = 0
        self.studentID = studentID
        self.reflections = reflections
        self.pinnedQuestions = pinnedQuestions
        self.conferenceNotes = conferenceNotes
    }
}

public struct TimedNote: Codable, Equatable, Sendable {
    public var at: Date
    public var text: String

    public init(at: Date = Date(), text: String) {
        self.at = at
        self.text = text
    }
}
