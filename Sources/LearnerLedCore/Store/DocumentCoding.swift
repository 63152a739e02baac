import Foundation
import JSONReading

/// JSON in and out, with the schema check that makes a newer file read-only instead of a lossy re-save.
enum DocumentCoding {
    /// Pretty-printed, keys sorted, dates in ISO 8601: what JSONEncoder writes with these settings, written by
    /// `JSONWriter` (artifacts through `FastWrites`) unless the document holds something only JSONEncoder writes so.
    static func encode<D: StoredDocument>(_ doc: D, file: String) throws -> Data {
        do {
            do {
                return try JSONWriter(fastPaths: FastWrites.all).encode(doc)
            } catch is JSONWriter.Unsupported {
                return try encoder.encode(doc)
            }
        } catch {
            throw StoreError.conflict(file: file, reason: "the document could not be written as JSON")
        }
    }

    static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }

    /// One pass in the common case: the document decodes and its schema is one this version knows. Only when it
    /// does not decode is the header read alone, so that a newer file is named as newer rather than as damaged.
    static func decode<D: StoredDocument>(_ type: D.Type, from data: Data, file: String) throws -> D? {
        if data.isEmpty { throw StoreError.corrupt(file: file, problem: "the file is empty") }
        let reader = JSONReader(fastPaths: FastReads.all)
        let document: D
        do {
            document = try reader.decode(D.self, from: data)
        } catch {
            let header: DocumentHeader
            do {
                header = try reader.decode(DocumentHeader.self, from: data)
            } catch let headerError {
                throw StoreError.corrupt(file: file, problem: describe(headerError))
            }
            try check(header.schemaVersion, of: D.self, file: file)
            throw StoreError.corrupt(file: file, problem: describe(error))
        }
        try check(document.schemaVersion, of: D.self, file: file)
        return document
    }

    private static func check<D: StoredDocument>(_ schemaVersion: Int, of type: D.Type, file: String) throws {
        if schemaVersion > D.currentSchemaVersion {
            throw StoreError.newerVersion(file: file, version: schemaVersion)
        }
        if schemaVersion < 1 {
            throw StoreError.corrupt(file: file, problem: "schemaVersion \(schemaVersion) is not valid")
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
