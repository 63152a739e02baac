import Foundation

/// One end-of-lesson reflection: a starter and the student's own words.
public struct JournalEntry: Codable, Equatable, Sendable, Identifiable {
    public var id: String
    public var date: Date
    public var subjectID: SubjectID?
    public var lesson: String
    /// The starter as it read when the entry was written (so a later edit of the set does not change history).
    public var starter: String
    public var words: String
    public var artifactID: ArtifactID?
    public var deletedAt: Date?

    public init(id: String = Identifier.make(), date: Date = Date(), subjectID: SubjectID? = nil, lesson: String = "",
                starter: String, words: String, artifactID: ArtifactID? = nil) {
        self.id = id
        self.date = date
        self.subjectID = subjectID
        self.lesson = lesson
        self.starter = starter
        self.words = words
        self.artifactID = artifactID
        self.deletedAt = nil
    }
}
