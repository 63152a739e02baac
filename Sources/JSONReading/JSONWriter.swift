import FoundationEssentials

/// Encodes Encodable values byte for byte as Foundation's JSONEncoder does with `[.prettyPrinted, .sortedKeys,
/// .withoutEscapingSlashes]` and `.iso8601` dates (what the store writes), at a fraction of its cost: the values
/// are gathered into plain nodes without JSONEncoder's casts of every value and hashing of every key, then written
/// out in one buffer.
/// Saving a 15,000-artifact portfolio encoded it twice with JSONEncoder, 2.9 G instructions of the save's 4.6 G.
///
/// A value it does not write as JSONEncoder would (floating-point numbers, `Data`, `URL`, `Decimal`, a date outside
/// the years 1583 to 9999) throws `JSONWriter.Unsupported`, and the caller uses JSONEncoder instead.
public struct JSONWriter: Sendable {
    public struct Unsupported: Error {}

    private let context: WritingContext

    public init(fastPaths: [FastPath] = []) {
        context = WritingContext(fastPaths: Dictionary(fastPaths.map { ($0.type, $0.write) }) { $1 })
    }

    public func encode<T: Encodable>(_ value: T) throws -> Data {
        let root = try TreeEncoder.node(for: value, in: nil, [], nil, context)
        var out = Output()
        out.bytes.reserveCapacity(1 << 16)
        out.write(root, depth: 0)
        return Data(out.bytes)
    }
}

/// A value gathered for writing. Objects and lists are classes: a container handed out keeps adding to its node
/// after the call that made it has returned, as Encoder's containers do.
enum Node {
    case literal(String)   // a number, true, false or null, as written
    case string(String)
    /// A date as the `.iso8601` strategy writes it: whole seconds since 1970 (see `ISO8601Seconds`).
    case date(Int)
    case object(ObjectNode)
    case array(ArrayNode)
    /// What a `superEncoder` was given, known only once its user has written to it.
    case deferred(TreeEncoder)
}

final class ObjectNode {
    var keys: [String] = []
    var values: [Node] = []

    /// Room for the members an object of its kind usually has: growing the two lists one member at a time was most
    /// of what a member cost.
    init(capacity: Int = 12) {
        keys.reserveCapacity(capacity)
        values.reserveCapacity(capacity)
    }

    /// A key written twice is written once, with its last value (see `Output.order(of:)`).
    func add(_ key: String, _ value: Node) {
        keys.append(key)
        values.append(value)
    }
}

extension JSONWriter {
    /// A type written member by member without Codable, for the types written by the thousand (an artifact through
    /// Codable cost ~35,000 instructions, most of it containers and nodes for its ids, dates and plain values). It must
    /// write exactly what the type's `encode(to:)` writes: a test holds the two to each other.
    public struct FastPath: Sendable {
        let type: ObjectIdentifier
        /// The typed function itself, taken back out as that type by the encoder: no value is boxed on the way.
        let write: any Sendable

        public init<T: Encodable>(_ type: T.Type, _ write: @escaping @Sendable (T, inout Members) throws -> Void) {
            self.type = ObjectIdentifier(type)
            self.write = write
        }
    }

    /// An object's members, as a fast path writes them; their order does not matter (they are written sorted).
    public struct Members {
        let object: ObjectNode

        public mutating func string(_ key: String, _ value: String) { object.add(key, .string(value)) }

        public mutating func integer(_ key: String, _ value: Int) { object.add(key, .literal(String(value))) }

        /// As the `.iso8601` strategy writes it; `Unsupported` for a date it writes otherwise.
        public mutating func date(_ key: String, _ value: Date) throws {
            guard let seconds = ISO8601Seconds.seconds(of: value) else { throw Unsupported() }
            object.add(key, .date(seconds))
        }

        public mutating func object(_ key: String, _ write: (inout Members) throws -> Void) rethrows {
            var members = Members(object: ObjectNode(capacity: 4))
            try write(&members)
            object.add(key, .object(members.object))
        }
    }
}

/// What every encoder of one document shares.
final class WritingContext: Sendable {
    let fastPaths: [ObjectIdentifier: any Sendable]

    init(fastPaths: [ObjectIdentifier: any Sendable]) {
        self.fastPaths = fastPaths
    }
}

final class ArrayNode {
    var elements: [Node] = []
}

final class TreeEncoder: Encoder {
    /// Where the value is, kept as the parts it is made of: only an error message ever asks for the whole path, and
    /// making it for every value cost an array each.
    private let parent: TreeEncoder?
    private let nested: [CodingKey]
    private let key: CodingKey?
    let context: WritingContext
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    var node: Node?

    init(in parent: TreeEncoder?, _ nested: [CodingKey], _ key: CodingKey?, _ context: WritingContext) {
        self.parent = parent
        self.nested = nested
        self.key = key
        self.context = context
    }

    var codingPath: [CodingKey] { (parent?.codingPath ?? []) + nested + (key.map { [$0] } ?? []) }

    /// The node for one value: dates as the `.iso8601` strategy writes them, everything else by its own `encode(to:)`.
    static func node<T: Encodable>(for value: T, in parent: TreeEncoder?, _ nested: [CodingKey], _ key: CodingKey?,
                                   _ context: WritingContext) throws -> Node {
        if !context.fastPaths.isEmpty, let fast = context.fastPaths[ObjectIdentifier(T.self)] {
            var members = JSONWriter.Members(object: ObjectNode())
            try (fast as! @Sendable (T, inout JSONWriter.Members) throws -> Void)(value, &members)
            return .object(members.object)
        }
        if T.self == Date.self {
            guard let seconds = ISO8601Seconds.seconds(of: value as! Date) else { throw JSONWriter.Unsupported() }
            return .date(seconds)
        }
        if T.self == Double.self || T.self == Float.self || T.self == Data.self || T.self == URL.self || T.self == Decimal.self {
            throw JSONWriter.Unsupported()
        }
        let encoder = TreeEncoder(in: parent, nested, key, context)
        try value.encode(to: encoder)
        // A value that wrote nothing is an empty object, as JSONEncoder writes it.
        return encoder.node ?? .object(ObjectNode())
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        let object: ObjectNode
        if case .object(let existing)? = node {
            object = existing
        } else {
            object = ObjectNode()
            node = .object(object)
        }
        return KeyedEncodingContainer(KeyedWriter<Key>(object: object, encoder: self, nested: []))
    }

    func unkeyedContainer() -> UnkeyedEncodingContainer {
        let array: ArrayNode
        if case .array(let existing)? = node {
            array = existing
        } else {
            array = ArrayNode()
            node = .array(array)
        }
        return UnkeyedWriter(array: array, encoder: self, nested: [])
    }

    func singleValueContainer() -> SingleValueEncodingContainer { SingleValueWriter(encoder: self) }
}

struct KeyedWriter<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let object: ObjectNode
    let encoder: TreeEncoder
    /// The keys of the containers this one is nested in, below `encoder`.
    let nested: [CodingKey]
    var codingPath: [CodingKey] { encoder.codingPath + nested }

    private func set(_ value: Node, _ key: Key) { object.add(key.stringValue, value) }

    mutating func encodeNil(forKey key: Key) throws { set(.literal("null"), key) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { set(.literal(value ? "true" : "false"), key) }
    mutating func encode(_ value: String, forKey key: Key) throws { set(.string(value), key) }
    mutating func encode(_ value: Double, forKey key: Key) throws { throw JSONWriter.Unsupported() }
    mutating func encode(_ value: Float, forKey key: Key) throws { throw JSONWriter.Unsupported() }
    mutating func encode(_ value: Int, forKey key: Key) throws { set(.literal(String(value)), key) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { set(.literal(String(value)), key) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { set(.literal(String(value)), key) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { set(.literal(String(value)), key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { set(.literal(String(value)), key) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { set(.literal(String(value)), key) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { set(.literal(String(value)), key) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { set(.literal(String(value)), key) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { set(.literal(String(value)), key) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { set(.literal(String(value)), key) }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        set(try TreeEncoder.node(for: value, in: encoder, nested, key, encoder.context), key)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type,
                                                        forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        let nested = ObjectNode()
        set(.object(nested), key)
        return KeyedEncodingContainer(KeyedWriter<NestedKey>(object: nested, encoder: encoder, nested: self.nested + [key]))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> UnkeyedEncodingContainer {
        let nested = ArrayNode()
        set(.array(nested), key)
        return UnkeyedWriter(array: nested, encoder: encoder, nested: self.nested + [key])
    }

    /// As JSONEncoder: what the super class encodes goes under "super", or under `key`.
    mutating func superEncoder() -> Encoder {
        let superEncoder = TreeEncoder(in: encoder, nested, SuperKey(), encoder.context)
        object.add(SuperKey().stringValue, .deferred(superEncoder))
        return superEncoder
    }

    mutating func superEncoder(forKey key: Key) -> Encoder {
        let superEncoder = TreeEncoder(in: encoder, nested, key, encoder.context)
        set(.deferred(superEncoder), key)
        return superEncoder
    }
}

struct UnkeyedWriter: UnkeyedEncodingContainer, ValueWriter {
    let array: ArrayNode
    let encoder: TreeEncoder
    let nested: [CodingKey]
    var codingPath: [CodingKey] { encoder.codingPath + nested }
    var count: Int { array.elements.count }

    func put(_ value: Node) { array.elements.append(value) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        put(try TreeEncoder.node(for: value, in: encoder, nested, IndexKey(intValue: count), encoder.context))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let object = ObjectNode()
        let path = nested + [IndexKey(intValue: count)]
        put(.object(object))
        return KeyedEncodingContainer(KeyedWriter<NestedKey>(object: object, encoder: encoder, nested: path))
    }

    mutating func nestedUnkeyedContainer() -> UnkeyedEncodingContainer {
        let array = ArrayNode()
        let path = nested + [IndexKey(intValue: count)]
        put(.array(array))
        return UnkeyedWriter(array: array, encoder: encoder, nested: path)
    }

    mutating func superEncoder() -> Encoder {
        let superEncoder = TreeEncoder(in: encoder, nested, IndexKey(intValue: count), encoder.context)
        put(.deferred(superEncoder))
        return superEncoder
    }
}

struct SingleValueWriter: SingleValueEncodingContainer, ValueWriter {
    let encoder: TreeEncoder
    var codingPath: [CodingKey] { encoder.codingPath }

    func put(_ value: Node) { encoder.node = value }

    mutating func encode<T: Encodable>(_ value: T) throws {
        put(try TreeEncoder.node(for: value, in: encoder, [], nil, encoder.context))
    }
}

/// The plain values a list or a single value takes, each as its node: the two containers differ only in where the
/// node goes (`put`).
protocol ValueWriter {
    func put(_ value: Node)
}

extension ValueWriter {
    mutating func encodeNil() throws { put(.literal("null")) }
    mutating func encode(_ value: Bool) throws { put(.literal(value ? "true" : "false")) }
    mutating func encode(_ value: String) throws { put(.string(value)) }
    mutating func encode(_ value: Double) throws { throw JSONWriter.Unsupported() }
    mutating func encode(_ value: Float) throws { throw JSONWriter.Unsupported() }
    mutating func encode(_ value: Int) throws { put(.literal(String(value))) }
    mutating func encode(_ value: Int8) throws { put(.literal(String(value))) }
    mutating func encode(_ value: Int16) throws { put(.literal(String(value))) }
    mutating func encode(_ value: Int32) throws { put(.literal(String(value))) }
    mutating func encode(_ value: Int64) throws { put(.literal(String(value))) }
    mutating func encode(_ value: UInt) throws { put(.literal(String(value))) }
    mutating func encode(_ value: UInt8) throws { put(.literal(String(value))) }
    mutating func encode(_ value: UInt16) throws { put(.literal(String(value))) }
    mutating func encode(_ value: UInt32) throws { put(.literal(String(value))) }
    mutating func encode(_ value: UInt64) throws { put(.literal(String(value))) }
}

struct IndexKey: CodingKey {
    let intValue: Int?
    var stringValue: String { "Index \(intValue ?? 0)" }
    init(intValue: Int) { self.intValue = intValue }
    init?(stringValue: String) { nil }
}

struct SuperKey: CodingKey {
    var stringValue: String { "super" }
    var intValue: Int? { nil }
    init() {}
    init?(stringValue: String) { nil }
    init?(intValue: Int) { nil }
}

/// The text, as JSONEncoder's writer lays it out: two spaces a level, `"key" : value`, members in the order of their
/// keys' UTF-8 bytes, an empty object or list on three lines.
struct Output {
    var bytes: [UInt8] = []
    /// The order to write each kind of object's members in, by its keys as encoded: objects of one type come with
    /// the same keys thousands of times, and sorting them each time was a fifth of the writing.
    private var orders: [(keys: [String], order: [Int])] = []

    mutating func write(_ node: Node, depth: Int) {
        switch node {
        case .literal(let text):
            bytes.append(contentsOf: text.utf8)
        case .string(let text):
            write(string: text)
        case .date(let seconds):
            bytes.append(UInt8(ascii: "\""))
            ISO8601Seconds.write(seconds, to: &bytes)
            bytes.append(UInt8(ascii: "\""))
        case .deferred(let encoder):
            write(encoder.node ?? .object(ObjectNode()), depth: depth)
        case .array(let array):
            bytes.append(UInt8(ascii: "["))
            for (i, element) in array.elements.enumerated() {
                if i > 0 { bytes.append(UInt8(ascii: ",")) }
                newLine(depth + 1)
                write(element, depth: depth + 1)
            }
            if array.elements.isEmpty { bytes.append(UInt8(ascii: "\n")) }
            newLine(depth)
            bytes.append(UInt8(ascii: "]"))
        case .object(let object):
            bytes.append(UInt8(ascii: "{"))
            let order = order(of: object.keys)
            for (n, i) in order.enumerated() {
                if n > 0 { bytes.append(UInt8(ascii: ",")) }
                newLine(depth + 1)
                write(string: object.keys[i])
                bytes.append(UInt8(ascii: " "))
                bytes.append(UInt8(ascii: ":"))
                bytes.append(UInt8(ascii: " "))
                write(object.values[i], depth: depth + 1)
            }
            if order.isEmpty { bytes.append(UInt8(ascii: "\n")) }
            newLine(depth)
            bytes.append(UInt8(ascii: "}"))
        }
    }

    /// The members' places in the order of their keys' UTF-8 bytes; of a key written twice, the last.
    mutating func order(of keys: [String]) -> [Int] {
        for known in orders where known.keys == keys { return known.order }
        var order: [Int] = []
        let sorted = keys.indices.sorted { a, b in
            keys[a] == keys[b] ? a < b : keys[a].utf8.lexicographicallyPrecedes(keys[b].utf8)
        }
        for i in sorted {
            if let last = order.last, keys[last] == keys[i] { order[order.count - 1] = i } else { order.append(i) }
        }
        // Dictionaries' keys differ from one to the next: only the first few kinds are kept.
        if orders.count < 32 { orders.append((keys, order)) }
        return order
    }

    /// A new line, indented two spaces a level.
    mutating func newLine(_ depth: Int) {
        bytes.append(UInt8(ascii: "\n"))
        var spaces = depth * 2
        while spaces > 0 {
            let run = min(spaces, Self.spaces.count)
            bytes.append(contentsOf: Self.spaces[..<run])
            spaces -= run
        }
    }

    private static let spaces = [UInt8](repeating: UInt8(ascii: " "), count: 32)

    /// Quotes, backslashes and control characters escaped, slashes and everything else as it is; the runs between
    /// them copied whole.
    mutating func write(string: String) {
        bytes.append(UInt8(ascii: "\""))
        var text = string
        text.withUTF8 { utf8 in
            var start = 0
            for (i, byte) in utf8.enumerated() where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<i]))
                escape(byte)
                start = i + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private mutating func escape(_ byte: UInt8) {
        let short: UInt8? = switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): byte
        case 0x08: UInt8(ascii: "b")
        case 0x0C: UInt8(ascii: "f")
        case 0x0A: UInt8(ascii: "n")
        case 0x0D: UInt8(ascii: "r")
        case 0x09: UInt8(ascii: "t")
        default: nil
        }
        bytes.append(UInt8(ascii: "\\"))
        if let short {
            bytes.append(short)
        } else {
            let hex = Array("0123456789abcdef".utf8)
            bytes.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(byte >> 4)], hex[Int(byte & 15)]])
        }
    }
}
