/// An identifier that knows what it names, so a student's id can never be passed where an artifact's is
/// expected. Stored in JSON as the plain string it wraps, so files are unchanged.
public struct TypedID<Tag>: RawRepresentable, Hashable, Comparable, Sendable, ExpressibleByStringInterpolation,
    CustomStringConvertible {
    public var rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { rawValue = value }

    public var description: String { rawValue }
    public var isEmpty: Bool { rawValue.isEmpty }

    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
}

extension TypedID: Codable {
    public init(from decoder: Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

/// Dictionaries keyed by an id stay JSON objects, not arrays of pairs.
extension TypedID: CodingKeyRepresentable {
    public var codingKey: CodingKey { AnyKey(stringValue: rawValue) }
    public init?<T: CodingKey>(codingKey: T) { rawValue = codingKey.stringValue }

    private struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { return nil }
    }
}

public enum StudentTag {}
public enum ArtifactTag {}
public enum SubjectTag {}

/// A student's id: also the name of their files (`students/<id>.json`).
public typealias StudentID = TypedID<StudentTag>
public typealias ArtifactID = TypedID<ArtifactTag>
public typealias SubjectID = TypedID<SubjectTag>
