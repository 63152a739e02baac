import Dispatch
import FoundationEssentials
import Synchronization

/// Decodes JSON into Decodable values, like Foundation's JSONDecoder with `.iso8601` dates, at a fraction of its
/// cost: one pass over the bytes into `JSONValue`s, members found by looking through an object's short list, no
/// dynamic casts per type, and the dates LearnerLed writes ("2026-09-04T14:00:00Z") read without a formatter.
/// Errors are the same `DecodingError`s, with the same coding paths; invalid JSON is `.dataCorrupted` at the root.
public struct JSONReader: Sendable {
    private let context: ReadingContext

    public init(fastPaths: [FastPath] = []) {
        context = ReadingContext(fastPaths: Dictionary(fastPaths.map { ($0.type, $0.read) }) { $1 })
    }

    public func decode<T: Decodable>(_ type: T.Type, from data: Data) throws -> T {
        try decode(type, from: try parse(data), size: data.count)
    }

    /// The document as parsed values, for reading it as a tree rather than into a type; invalid JSON is
    /// `.dataCorrupted` at the root.
    public func values(of data: Data) throws -> JSONValue {
        try parse(data)
    }

    /// The bytes of `data` in `range` (all of them by default) parsed; invalid JSON is `.dataCorrupted` at the root.
    func parse(_ data: Data, range: Range<Int>? = nil) throws -> JSONValue {
        try reading(data, range: range) { bytes throws(JSONSyntaxError) in try JSONParser.parse(bytes) }
    }

    /// `read` over the bytes of `data` in `range` (all of them by default): the one place a syntax error, or a range
    /// outside the document, becomes `.dataCorrupted` at the root.
    func reading<T>(_ data: Data, range: Range<Int>? = nil,
                    _ read: (UnsafeRawBufferPointer) throws(JSONSyntaxError) -> T) throws -> T {
        if let range, range.lowerBound < 0 || range.upperBound > data.count {
            throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "outside the document"))
        }
        let result = data.withUnsafeBytes { bytes in
            Result { () throws(JSONSyntaxError) in try read(range.map { UnsafeRawBufferPointer(rebasing: bytes[$0]) } ?? bytes) }
        }
        switch result {
        case .success(let value): return value
        case .failure(let error):
            throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "not valid JSON at byte \(error.offset)"))
        }
    }

    /// `T` from the parsed values of `size` bytes, which are then freed aside or parked.
    func decode<T: Decodable>(_ type: T.Type, from value: JSONValue, size: Int) throws -> T {
        defer { if size >= Self.freedAside { Self.letGo([value]) } else { Self.park(value) } }
        return try ValueDecoder(value, at: .root, context).decode(T.self)
    }
}

extension JSONReader {
    /// From this size (a portfolio of ~2,000 artifacts) the parsed values are freed on another thread; below it,
    /// starting the worker costs more than it saves (measured: a 500-artifact portfolio's first frame came later).
    static let freedAside = 1 << 20

    /// Freeing a big document's parsed values took a quarter of reading it (15,000 artifacts: ~128 M instructions),
    /// and nothing waits for it: the values go to a worker thread and are freed there while the first frame is drawn.
    /// Everything in them is immutable and Sendable; only reference counts are shared with what was decoded.
    private static func letGo(_ values: [JSONValue]) {
        DispatchQueue.global(qos: .utility).async { withExtendedLifetime(values) {} }
    }

    private static let parking = Mutex<(on: Bool, values: [JSONValue])>((false, []))

    /// From now on a smaller document's parsed values are kept until `freeParked()` rather than freed as it is
    /// decoded: the terminal program frees them when it has nothing else to do, not on the way to its first frame
    /// (a 500-artifact portfolio's took ~1 M instructions). Freed at once, or on a worker thread while a key was
    /// answered, they cost that key more (measured: Down 0.64 → 0.85 ms), so not right after the frame either.
    public static func parkFrees(_ on: Bool = true) {
        parking.withLock { $0.on = on }
    }

    static var parkedCount: Int { parking.withLock { $0.values.count } }

    /// Frees what was parked, on a worker thread, then has the C library tidy its free lists there. Left untidy, the
    /// freed blocks (a class of 30: ~3 M instructions' worth) were merged by the first allocation that wanted a big
    /// one — the first key's frame after the class was read, which waited ~3 ms for it (perf: three quarters of that
    /// key in malloc's consolidation).
    public static func freeParked() {
        // Handed over in a box that alone holds them, so they are freed there and not by whichever thread lets go last.
        let held = Held(takeParked())
        guard !held.values.isEmpty else { return }
        DispatchQueue.global(qos: .utility).async {
            held.values = []
            _ = malloc_trim(0)
        }
    }

    /// Frees what was parked here and now: between the students of a class being read, where no key is waiting, so
    /// that the next student's reading takes up the memory the last one left (freed all at the end, the blocks of
    /// thirty students were sorted by the first key's allocations: that key waited ~3 ms).
    public static func freeParkedNow() {
        _ = takeParked()
    }

    /// What was parked, no longer held by the parking.
    private static func takeParked() -> [JSONValue] {
        parking.withLock { parking in
            defer { parking.values = [] }
            return parking.values
        }
    }

    private final class Held: @unchecked Sendable {
        var values: [JSONValue]
        init(_ values: [JSONValue]) { self.values = values }
    }

    /// Keeps the values for `freeParked()` when parking is on.
    private static func park(_ value: JSONValue) {
        parking.withLock { parking in
            if parking.on { parking.values.append(value) }
        }
    }
}

/// What every decoder of one document shares.
final class ReadingContext: Sendable {
    let fastPaths: [ObjectIdentifier: @Sendable (JSONObject) -> Any?]

    init(fastPaths: [ObjectIdentifier: @Sendable (JSONObject) -> Any?]) {
        self.fastPaths = fastPaths
    }
}

/// Where a value is, built only as far as a message needs it.
indirect enum Path {
    case root
    case key(String, Path)
    case index(Int, Path)

    var codingPath: [CodingKey] {
        var keys: [CodingKey] = []
        var here = self
        while true {
            switch here {
            case .root: return keys.reversed()
            case .key(let name, let parent): keys.append(PathKey(stringValue: name)); here = parent
            case .index(let i, let parent): keys.append(PathKey(intValue: i)); here = parent
            }
        }
    }
}

struct PathKey: CodingKey {
    var stringValue: String
    var intValue: Int?
    init(stringValue: String) { self.stringValue = stringValue }
    init(intValue: Int) { self.stringValue = "Index \(intValue)"; self.intValue = intValue }
}

final class ValueDecoder: Decoder, SingleValueDecodingContainer {
    let value: JSONValue
    let path: Path
    let context: ReadingContext

    init(_ value: JSONValue, at path: Path, _ context: ReadingContext) {
        self.value = value
        self.path = path
        self.context = context
    }

    var codingPath: [CodingKey] { path.codingPath }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .object(let members) = value else { throw mismatch([String: Any].self) }
        return KeyedDecodingContainer(ObjectContainer<Key>(members: members, path: path, context: context))
    }

    func unkeyedContainer() throws -> UnkeyedDecodingContainer {
        guard case .array(let elements) = value else { throw mismatch([Any].self) }
        return ArrayContainer(elements: elements, path: path, context: context)
    }

    func singleValueContainer() throws -> SingleValueDecodingContainer { self }

    func mismatch(_ expected: Any.Type) -> DecodingError {
        if case .null = value {
            return .valueNotFound(expected, .init(codingPath: codingPath, debugDescription: "found null"))
        }
        return .typeMismatch(expected, .init(codingPath: codingPath, debugDescription: "found \(value.kind)"))
    }

    func decodeNil() -> Bool {
        if case .null = value { return true }
        return false
    }

    func decode(_ type: Bool.Type) throws -> Bool {
        guard case .bool(let b) = value else { throw mismatch(type) }
        return b
    }

    func decode(_ type: String.Type) throws -> String {
        guard case .string(let s) = value else { throw mismatch(type) }
        return s
    }

    func decode(_ type: Double.Type) throws -> Double {
        switch value {
        case .integer(let i): return Double(i)
        case .number(let d): return d
        default: throw mismatch(type)
        }
    }

    func decode(_ type: Float.Type) throws -> Float { Float(try decode(Double.self)) }

    func integer<I: FixedWidthInteger>(_ type: I.Type) throws -> I {
        let exact: I?
        switch value {
        case .integer(let i): exact = I(exactly: i)
        case .number(let d): exact = I(exactly: d)
        default: throw mismatch(type)
        }
        guard let exact else {
            throw DecodingError.dataCorrupted(.init(codingPath: codingPath, debugDescription: "the number does not fit \(type)"))
        }
        return exact
    }

    func decode(_ type: Int.Type) throws -> Int { try integer(type) }
    func decode(_ type: Int8.Type) throws -> Int8 { try integer(type) }
    func decode(_ type: Int16.Type) throws -> Int16 { try integer(type) }
    func decode(_ type: Int32.Type) throws -> Int32 { try integer(type) }
    func decode(_ type: Int64.Type) throws -> Int64 { try integer(type) }
    func decode(_ type: UInt.Type) throws -> UInt { try integer(type) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try integer(type) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try integer(type) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try integer(type) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try integer(type) }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        if T.self == Date.self { return try decodeDate() as! T }
        if !context.fastPaths.isEmpty, case .object(let members) = value, let read = context.fastPaths[ObjectIdentifier(T.self)],
           let fast = read(JSONObject(members: members)) {
            return fast as! T
        }
        return try T(from: self)
    }

    /// Dates as JSONEncoder's `.iso8601` writes them; anything else ISO 8601 allows goes to Foundation's parser.
    private func decodeDate() throws -> Date {
        let text = try decode(String.self)
        if let date = ISO8601Seconds.date(text) ?? (try? Date.ISO8601FormatStyle().parse(text)) { return date }
        throw DecodingError.dataCorrupted(.init(codingPath: codingPath, debugDescription: "Expected date string to be ISO8601-formatted."))
    }
}

struct ObjectContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let members: [JSONMember]
    let path: Path
    let context: ReadingContext

    var codingPath: [CodingKey] { path.codingPath }
    var allKeys: [Key] { members.compactMap { Key(stringValue: $0.key) } }

    private func find(_ key: Key) -> JSONValue? { members.last(named: key.stringValue) }

    private func decoder(for key: Key) throws -> ValueDecoder {
        guard let value = find(key) else {
            throw DecodingError.keyNotFound(key, .init(codingPath: codingPath, debugDescription: "no \"\(key.stringValue)\""))
        }
        return ValueDecoder(value, at: .key(key.stringValue, path), context)
    }

    func contains(_ key: Key) -> Bool { find(key) != nil }

    func decodeNil(forKey key: Key) throws -> Bool { try decoder(for: key).decodeNil() }

    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try decoder(for: key).decode(type) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try decoder(for: key).decode(type) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try decoder(for: key).decode(type) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try decoder(for: key).decode(type) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try decoder(for: key).integer(type) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try decoder(for: key).integer(type) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try decoder(for: key).integer(type) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try decoder(for: key).integer(type) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try decoder(for: key).integer(type) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try decoder(for: key).integer(type) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try decoder(for: key).integer(type) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try decoder(for: key).integer(type) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try decoder(for: key).integer(type) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try decoder(for: key).integer(type) }
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try decoder(for: key).decode(type) }

    /// A missing key and a null are both "not present", as with JSONDecoder.
    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        guard let value = find(key) else { return nil }
        if case .null = value { return nil }
        return try ValueDecoder(value, at: .key(key.stringValue, path), context).decode(type)
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
        -> KeyedDecodingContainer<NestedKey> {
        try decoder(for: key).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> UnkeyedDecodingContainer {
        try decoder(for: key).unkeyedContainer()
    }

    func superDecoder() throws -> Decoder {
        ValueDecoder(members.last(named: "super") ?? .null, at: .key("super", path), context)
    }

    func superDecoder(forKey key: Key) throws -> Decoder {
        ValueDecoder(find(key) ?? .null, at: .key(key.stringValue, path), context)
    }
}

struct ArrayContainer: UnkeyedDecodingContainer {
    let elements: [JSONValue]
    let path: Path
    let context: ReadingContext
    var currentIndex = 0

    init(elements: [JSONValue], path: Path, context: ReadingContext) {
        self.elements = elements
        self.path = path
        self.context = context
    }

    var codingPath: [CodingKey] { path.codingPath }
    var count: Int? { elements.count }
    var isAtEnd: Bool { currentIndex >= elements.count }

    private mutating func next(_ type: Any.Type) throws -> ValueDecoder {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(type, .init(codingPath: Path.index(currentIndex, path).codingPath,
                                                          debugDescription: "the list has only \(elements.count)"))
        }
        defer { currentIndex += 1 }
        return ValueDecoder(elements[currentIndex], at: .index(currentIndex, path), context)
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd, case .null = elements[currentIndex] else { return false }
        currentIndex += 1
        return true
    }

    mutating func decode(_ type: Bool.Type) throws -> Bool { try next(type).decode(type) }
    mutating func decode(_ type: String.Type) throws -> String { try next(type).decode(type) }
    mutating func decode(_ type: Double.Type) throws -> Double { try next(type).decode(type) }
    mutating func decode(_ type: Float.Type) throws -> Float { try next(type).decode(type) }
    mutating func decode(_ type: Int.Type) throws -> Int { try next(type).integer(type) }
    mutating func decode(_ type: Int8.Type) throws -> Int8 { try next(type).integer(type) }
    mutating func decode(_ type: Int16.Type) throws -> Int16 { try next(type).integer(type) }
    mutating func decode(_ type: Int32.Type) throws -> Int32 { try next(type).integer(type) }
    mutating func decode(_ type: Int64.Type) throws -> Int64 { try next(type).integer(type) }
    mutating func decode(_ type: UInt.Type) throws -> UInt { try next(type).integer(type) }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try next(type).integer(type) }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try next(type).integer(type) }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try next(type).integer(type) }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try next(type).integer(type) }
    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try next(type).decode(type) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        try next(type).container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> UnkeyedDecodingContainer {
        try next([Any].self).unkeyedContainer()
    }

    mutating func superDecoder() throws -> Decoder { try next(Any.self) }
}

/// glibc's `malloc_trim` (malloc.h, which the Glibc module leaves out): merges the free lists and returns whole free
/// pages to the system.
@_silgen_name("malloc_trim") private func malloc_trim(_ pad: Int) -> Int32
