import Foundation
import LearnerLedCore
import TerminalKit

/// A student's journal, newest first.
public struct JournalState: Equatable, Sendable {
    public var studentID: String
    /// Entry ids as shown (filtered, newest first), rebuilt when the portfolio or the filter changes.
    public var rows: [String] = []
    public var selected = 0
    public var scroll = 0
    public var filter = TextEditor("", maxLength: 60)
    public var filtering = false

    public init(studentID: String) { self.studentID = studentID }
}

/// An end-of-lesson reflection: a starter picked by number, then the student's own words.
public struct JournalForm: Equatable, Sendable {
    public enum Field: Int, CaseIterable, Sendable { case starter, words, subject, artifact }

    public var studentID: String
    public var original: JournalEntry?
    public var focus: Field = .starter
    public var starterIndex: Int
    public var words: TextEditor
    /// 0 for none, else 1 + index into the class's subjects.
    public var subjectIndex: Int
    public struct ArtifactChoice: Equatable, Sendable {
        public var id: String
        public var title: String
    }

    /// Artifacts the entry can be about: none first, then the newest ones (and the one it is already about).
    public var artifactChoices: [ArtifactChoice]
    public var artifactIndex: Int
    public var error: String?

    public init(studentID: String, editing entry: JournalEntry?, starters: [String], subjects: [Subject],
                recent: [Artifact], about artifact: Artifact?) {
        self.studentID = studentID
        original = entry
        starterIndex = entry.flatMap { e in starters.firstIndex(of: e.starter) } ?? 0
        words = TextEditor(entry?.words ?? "", maxLength: 600)
        let subjectID = entry?.subjectID ?? artifact?.subjectID
        subjectIndex = subjectID.flatMap { id in subjects.firstIndex { $0.id == id } }.map { $0 + 1 } ?? 0
        var choices = [ArtifactChoice(id: "", title: "—")] + recent.map { ArtifactChoice(id: $0.id, title: $0.title) }
        let linked = entry?.artifactID ?? artifact?.id
        if let linked, !choices.contains(where: { $0.id == linked }), let artifact, artifact.id == linked {
            choices.insert(ArtifactChoice(id: artifact.id, title: artifact.title), at: 1)
        }
        artifactChoices = choices
        artifactIndex = linked.flatMap { id in choices.firstIndex { $0.id == id } } ?? 0
        if entry != nil { focus = .words }
    }

    public var hasChanges: Bool { !words.text.trimmingCharacters(in: .whitespaces).isEmpty && words.text != original?.words }
}

/// The teacher's five minutes of reflection for the whole class.
public struct ClassReflectionState: Equatable, Sendable {
    public var minutes = 5
    /// Seconds left when paused; counting down from `startedAt` while running.
    public var secondsLeft = 300
    public var startedAt: Date?

    public init() {}

    public func remaining(at now: Date) -> Int {
        guard let startedAt else { return secondsLeft }
        return max(0, secondsLeft - Int(now.timeIntervalSince(startedAt)))
    }
}
