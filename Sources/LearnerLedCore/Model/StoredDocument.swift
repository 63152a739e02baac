/// A JSON document the store keeps: every one carries the schema it was written with and a revision that goes
/// up by one on every save, so a session can tell when another session saved in between.
///
/// Schema versions: 1 was the first release, which dropped fields it did not know when it saved. From 2 on, every
/// version keeps fields it does not know (see `UnknownFields`), so adding a field needs no new version: the number
/// goes up only for a change an older version could not read correctly, and an older version opens such a file
/// read-only. A version-1 file is read as it is and saved as version 2.
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
