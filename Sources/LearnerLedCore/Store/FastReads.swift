import Foundation
import JSONReading

/// The store's readers for the objects a portfolio holds by the thousand. Each reads a well-formed object straight
/// from the parsed JSON and gives up (nil) at anything else, which Codable then reads and names precisely. A field
/// added to one of these types must be added here too: `FastReadTests` fails until it is.
enum FastReads {
    static let all: [JSONReader.FastPath] = [JSONReader.FastPath(Artifact.self, Artifact.init(json:))]
}

extension Artifact {
    init?(json o: JSONObject) {
        guard let id = o.string("id"), let title = o.string("title"), let subjectID = o.string("subjectID"),
              let kind = o.string("kind"), let date = o.string("date").flatMap(Day.init), let description = o.string("description"),
              let location = o.string("location"), let reflection = o.object("reflection").flatMap(ArtifactReflection.init(json:)),
              let createdAt = o.date("createdAt"), let updatedAt = o.date("updatedAt") else { return nil }
        var stickyNote: StickyNote?
        if !o.isAbsent("stickyNote") {
            guard let note = o.object("stickyNote").flatMap(StickyNote.init(json:)) else { return nil }
            stickyNote = note
        }
        var deletedAt: Date?
        if !o.isAbsent("deletedAt") {
            guard let date = o.date("deletedAt") else { return nil }
            deletedAt = date
        }
        self.init(id: ArtifactID(id), title: title, subjectID: SubjectID(subjectID), kind: ArtifactKind(rawValue: kind), date: date,
                  description: description, location: location, stickyNote: stickyNote, reflection: reflection,
                  createdAt: createdAt, updatedAt: updatedAt)
        self.deletedAt = deletedAt
    }
}

extension StickyNote {
    init?(json o: JSONObject) {
        guard let reason = o.string("reason").flatMap(Reason.init(rawValue:)), let words = o.string("words"),
              let placedAt = o.date("placedAt"), let order = o.integer("order") else { return nil }
        self.init(reason: reason, words: words, placedAt: placedAt, order: order)
    }
}

extension ArtifactReflection {
    init?(json o: JSONObject) {
        guard let succeeding = o.string("succeeding"), let challenged = o.string("challenged"),
              let future = o.string("future") else { return nil }
        self.init(succeeding: succeeding, challenged: challenged, future: future)
    }
}
