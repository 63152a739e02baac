import Foundation

/// JSON in and out, with the schema check that makes a newer file read-only instead of a lossy re-save.
enum DocumentCoding {
    static func encode<D: StoredDocument>(_ doc: D, file: String) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        do {
            return try encoder.encode(doc)
        } catch {
            throw StoreError.conflict(file: file, reason: "the document could not be written as JSON")
        }
    }

    static func decode<D: StoredDocument>(_ type: D.Type, from data: Data, file: String) throws -> D? {
        if data.isEmpty { throw StoreError.corrupt(file: file, problem: "the file is empty") }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        let header: DocumentHeader
        do {
            header = try decoder.decode(DocumentHeader.self, from: data)
        } catch {
            throw StoreError.corrupt(file: file, problem: describe(error))
        }
        if header.schemaVersion > D.currentSchemaVersion {
            throw StoreError.newerVersion(file: file, version: header.schemaVersion)
        }
        if header.schemaVersion < 1 {
            throw StoreError.corrupt(file: file, problem: "schemaVersion \(header.schemaVersion) is not valid")
        }
        do {
            return try decoder.decode(D.self, from: data)
        } catch {
            throw StoreError.corrupt(file: file, problem: describe(error))
        }
    }

    /// A short reason, without echoing the file's contents (which may be a child's words).
    static func describe(_ error: Error) -> String {
        guard let error = error as? DecodingError else { return "not valid JSON" }
        func at(_ path: [CodingKey]) -> String {
            let p = path.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            return p.isEmpty ? "" : " at \(p.hasPrefix(".") ? String(p.dropFirst()) : p)"
        }
        switch error {
        case .dataCorrupted(let c) where c.codingPath.isEmpty:
            return "not valid JSON"
        case .dataCorrupted(let c):
            return "a bad value\(at(c.codingPath))"
        case .keyNotFound(let key, let c):
            return "missing \"\(key.stringValue)\"\(at(c.codingPath))"
        case .typeMismatch(_, let c):
            return "a value of the wrong type\(at(c.codingPath))"
        case .valueNotFound(_, let c):
            return "a missing value\(at(c.codingPath))"
        @unknown default:
            return "not valid JSON"
        }
    }
}
