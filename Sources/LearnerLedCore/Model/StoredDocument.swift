/// A JSON document the store keeps: every one carries the schema it was written with and a revision that goes
/// up by one on every save, so a session can tell when another session saved in between.
public protocol StoredDocument: Codable, Equatable, Sendable {
    static var currentSchemaVersion: Int { get }
    var schemaVersion: Int { get set }
    var revision: Int { get set }
}

/// Only the two fields every document shares; decoded first so that a newer file is recognised
/// even when the rest of it would not decode.
struct DocumentHeader: Decodable {
    var schemaVersion: Int
    var revision: Int?
}
