import Foundation
import JSONReading

/// The store's writer for what is written by the thousand: a portfolio's artifacts, written member by member rather
/// than through Codable (~35,000 instructions an artifact through Codable's containers). It must write exactly what
/// `Artifact`'s `encode(to:)` writes — a field added to `Artifact` must be added here too: `DocumentWritingTests`
/// holds the two to each other, with every field set.
enum FastWrites {
    static let all: [JSONWriter.FastPath] = [
        JSONWriter.FastPath(Artifact.self) { artifact, members in try artifact.write(&members) },
    ]
}

extension Artifact {
    func write(_ o: inout JSONWriter.Members) throws {
        o.string("id", id.rawValue)
        o.string("title", title)
        o.string("subjectID", subjectID.rawValue)
        o.string("kind", kind.rawValue)
        o.string("date", date.description)
        o.string("description", description)
        o.string("location", location)
        if let stickyNote {
            try o.object("stickyNote") { n in
                n.string("reason", stickyNote.reason.rawValue)
                n.string("words", stickyNote.words)
                try n.date("placedAt", stickyNote.placedAt)
                n.integer("order", stickyNote.order)
            }
        }
        o.object("reflection") { r in
            r.string("succeeding", reflection.succeeding)
            r.string("challenged", reflection.challenged)
            r.string("future", reflection.future)
        }
        try o.date("createdAt", createdAt)
        try o.date("updatedAt", updatedAt)
        if let deletedAt { try o.date("deletedAt", deletedAt) }
    }
}
