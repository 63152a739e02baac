import Foundation

/// One thing a person did to a portfolio, as data. The same change is applied to the screen's copy at once
/// and to the file on disk under its lock, so a change made in one window lands on top of whatever other
/// windows saved meanwhile. Applying a change twice is harmless (a retried save must not duplicate work).
public enum PortfolioChange: Equatable, Sendable {
    case addArtifact(Artifact)
    /// Sets the fields that differ between `base` and `artifact`, leaving fields changed elsewhere alone.
    case updateArtifact(Artifact, base: Artifact)
    case trashArtifact(id: ArtifactID, at: Date)
    case restoreArtifact(id: ArtifactID)
    /// Takes back an add (undo). The artifact is gone, not in the trash.
    case removeArtifact(id: ArtifactID)
    case setCover(Cover, base: Cover)
    /// Puts the sticky-noted artifacts in this conference order (ids not given keep their place after them).
    case orderNotes([ArtifactID])
    /// Adds a rehearsal, or replaces the one with its id (a rehearsal belongs to the window running it).
    case saveRehearsal(Rehearsal)
    /// The teacher listening in: a criterion seen (or not) and feedback, on the rehearsal with this id.
    case rehearsalByTeacher(id: String, TeacherRehearsalChange)
    case conference(ConferenceChange)
    case addJournalEntry(JournalEntry)
    /// Sets the fields that differ between `base` and `entry`.
    case updateJournalEntry(JournalEntry, base: JournalEntry)
    /// Journal entries go to the trash in place (marked), so an undo finds them where they were.
    case trashJournalEntry(id: String, at: Date?)

    public func apply(to p: inout Portfolio) throws(StoreError) {
        let file = DocumentKey.student(p.studentID).relativePath
        switch self {
        case .addArtifact(let artifact):
            guard p.index(of: artifact.id) == nil else { return }
            p.artifacts.append(artifact)
        case .updateArtifact(let artifact, let base):
            guard let i = p.index(of: artifact.id) else {
                throw .conflict(file: file, reason: "that artifact was deleted in another window")
            }
            p.artifacts[i] = try Merge.artifact(mine: artifact, base: base, theirs: p.artifacts[i], file: file)
        case .trashArtifact(let id, let at):
            guard let i = p.index(of: id) else {
                if p.trash.contains(where: { $0.id == id }) { return }
                throw .conflict(file: file, reason: "that artifact was deleted in another window")
            }
            var artifact = p.artifacts.remove(at: i)
            artifact.deletedAt = at
            p.trash.append(artifact)
        case .restoreArtifact(let id):
            guard let i = p.trash.firstIndex(where: { $0.id == id }) else {
                if p.index(of: id) != nil { return }
                throw .conflict(file: file, reason: "that artifact is no longer in the trash")
            }
            var artifact = p.trash.remove(at: i)
            artifact.deletedAt = nil
            p.artifacts.append(artifact)
        case .removeArtifact(let id):
            p.artifacts.removeAll { $0.id == id }
        case .setCover(let cover, let base):
            p.cover = try Merge.cover(mine: cover, base: base, theirs: p.cover, file: file)
        case .addJournalEntry(let entry):
            guard !p.journal.contains(where: { $0.id == entry.id }) else { return }
            p.journal.append(entry)
        case .updateJournalEntry(let entry, let base):
            guard let i = p.journal.firstIndex(where: { $0.id == entry.id }) else {
                throw .conflict(file: file, reason: "that journal entry was deleted in another window")
            }
            p.journal[i] = try Merge.journal(mine: entry, base: base, theirs: p.journal[i], file: file)
        case .trashJournalEntry(let id, let at):
            guard let i = p.journal.firstIndex(where: { $0.id == id }) else { return }
            p.journal[i].deletedAt = at
        case .conference(let change):
            var record = p.conference ?? ConferenceRecord()
            change.apply(to: &record)
            p.conference = record
        case .saveRehearsal(var rehearsal):
            if let i = p.rehearsals.firstIndex(where: { $0.id == rehearsal.id }) {
                // The student's screen saves its whole rehearsal; what the teacher added meanwhile stays.
                rehearsal.teacherSeen = p.rehearsals[i].teacherSeen
                rehearsal.teacherFeedback = p.rehearsals[i].teacherFeedback
                p.rehearsals[i] = rehearsal
            } else {
                p.rehearsals.append(rehearsal)
            }
        case .rehearsalByTeacher(let id, let change):
            guard let i = p.rehearsals.firstIndex(where: { $0.id == id }) else { return }
            change.apply(to: &p.rehearsals[i])
        case .orderNotes(let ids):
            let rest = p.chosen.map(\.id).filter { !ids.contains($0) }
            for (order, id) in (ids + rest).enumerated() {
                guard let i = p.index(of: id), p.artifacts[i].stickyNote != nil else { continue }
                p.artifacts[i].stickyNote!.order = order
            }
        }
    }

    /// The change that takes this one back, given the portfolio just before it was applied.
    public func inverse(before p: Portfolio) -> PortfolioChange? {
        switch self {
        case .addArtifact(let a): return .removeArtifact(id: a.id)
        case .updateArtifact(let a, let base): return .updateArtifact(base, base: a)
        case .trashArtifact(let id, _): return .restoreArtifact(id: id)
        case .restoreArtifact(let id):
            return .trashArtifact(id: id, at: p.trash.first { $0.id == id }?.deletedAt ?? Date())
        case .removeArtifact(let id): return p.artifact(id).map { .addArtifact($0) }
        case .setCover(let cover, let base): return .setCover(base, base: cover)
        case .orderNotes: return .orderNotes(p.chosen.map(\.id))
        case .saveRehearsal, .conference, .rehearsalByTeacher: return nil
        case .addJournalEntry(let e): return .trashJournalEntry(id: e.id, at: e.date)
        case .updateJournalEntry(let e, let base): return .updateJournalEntry(base, base: e)
        case .trashJournalEntry(let id, _):
            return .trashJournalEntry(id: id, at: p.journal.first { $0.id == id }?.deletedAt)
        }
    }
}

/// Three-way merges: a field this session changed is taken from it, a field it left alone keeps what is on
/// disk, and a field both changed differently is a conflict.
enum Merge {
    static func artifact(mine: Artifact, base: Artifact, theirs: Artifact, file: String) throws(StoreError) -> Artifact {
        var out = theirs
        try field(\.title, &out, mine, base, theirs, file)
        try field(\.subjectID, &out, mine, base, theirs, file)
        try field(\.kind, &out, mine, base, theirs, file)
        try field(\.date, &out, mine, base, theirs, file)
        try field(\.description, &out, mine, base, theirs, file)
        try field(\.location, &out, mine, base, theirs, file)
        try field(\.stickyNote, &out, mine, base, theirs, file)
        try field(\.reflection.succeeding, &out, mine, base, theirs, file)
        try field(\.reflection.challenged, &out, mine, base, theirs, file)
        try field(\.reflection.future, &out, mine, base, theirs, file)
        if out != theirs { out.updatedAt = max(mine.updatedAt, theirs.updatedAt) }
        return out
    }

    static func journal(mine: JournalEntry, base: JournalEntry, theirs: JournalEntry, file: String) throws(StoreError) -> JournalEntry {
        var out = theirs
        try field(\.starter, &out, mine, base, theirs, file)
        try field(\.words, &out, mine, base, theirs, file)
        try field(\.subjectID, &out, mine, base, theirs, file)
        try field(\.lesson, &out, mine, base, theirs, file)
        try field(\.artifactID, &out, mine, base, theirs, file)
        return out
    }

    static func cover(mine: Cover, base: Cover, theirs: Cover, file: String) throws(StoreError) -> Cover {
        var out = theirs
        try field(\.themeName, &out, mine, base, theirs, file)
        try field(\.title, &out, mine, base, theirs, file)
        try field(\.symbol, &out, mine, base, theirs, file)
        return out
    }

    private static func field<T, V: Equatable>(_ path: WritableKeyPath<T, V>, _ out: inout T, _ mine: T, _ base: T,
                                                _ theirs: T, _ file: String) throws(StoreError) {
        guard mine[keyPath: path] != base[keyPath: path] else { return }
        if theirs[keyPath: path] != base[keyPath: path], theirs[keyPath: path] != mine[keyPath: path] {
            throw .conflict(file: file, reason: "someone changed the same thing in another window")
        }
        out[keyPath: path] = mine[keyPath: path]
    }
}
