import FoundationEssentials

/// An object as read, for a type that reads itself straight from it (`JSONReader.FastPath`) instead of through
/// Codable's containers, which cost tens of thousands of instructions for each object. Every accessor answers
/// nil when the member is missing or of another type, so a fast path can give up and leave the object to Codable.
public struct JSONObject: Sendable {
    let members: [JSONMember]

    private func value(_ key: String) -> JSONValue? { members.last(named: key) }

    public func string(_ key: String) -> String? {
        guard case .string(let s)? = value(key) else { return nil }
        return s
    }

    public func integer(_ key: String) -> Int? {
        guard case .integer(let i)? = value(key) else { return nil }
        return i
    }

    public func object(_ key: String) -> JSONObject? {
        guard case .object(let m)? = value(key) else { return nil }
        return JSONObject(members: m)
    }

    public func bool(_ key: String) -> Bool? {
        guard case .bool(let b)? = value(key) else { return nil }
        return b
    }

    /// A list of strings; nil if any item is not one.
    public func stringList(_ key: String) -> [String]? {
        list(key) { if case .string(let s) = $0 { s } else { nil } }
    }

    /// A list of whole numbers; nil if any item is not one.
    public func integerList(_ key: String) -> [Int]? {
        list(key) { if case .integer(let i) = $0 { i } else { nil } }
    }

    /// A list of objects, each read by `read`; nil if any item is not an object or `read` gives up on it.
    public func objectList<Item>(_ key: String, _ read: (JSONObject) -> Item?) -> [Item]? {
        list(key) { if case .object(let m) = $0 { read(JSONObject(members: m)) } else { nil } }
    }

    private func list<Item>(_ key: String, _ item: (JSONValue) -> Item?) -> [Item]? {
        guard case .array(let values)? = value(key) else { return nil }
        var items: [Item] = []
        items.reserveCapacity(values.count)
        for value in values {
            guard let one = item(value) else { return nil }
            items.append(one)
        }
        return items
    }

    /// The members of an object used as a dictionary, in file order; nil if any is not an object itself.
    public var objectMembers: [(key: String, value: JSONObject)]? {
        var out: [(key: String, value: JSONObject)] = []
        out.reserveCapacity(members.count)
        for member in members {
            guard case .object(let m) = member.value else { return nil }
            out.append((member.key, JSONObject(members: m)))
        }
        return out
    }

    /// The members of an object used as a dictionary of number lists; nil if any is not one.
    public var integerListMembers: [(key: String, value: [Int])]? {
        var out: [(key: String, value: [Int])] = []
        out.reserveCapacity(members.count)
        for member in members {
            guard let list = JSONObject(members: [member]).integerList(member.key) else { return nil }
            out.append((member.key, list))
        }
        return out
    }

    /// A date in the form JSONEncoder's `.iso8601` writes ("2026-09-04T14:00:00Z").
    public func date(_ key: String) -> Date? {
        string(key).flatMap(ISO8601Seconds.date)
    }

    /// A member Codable would read with `decodeIfPresent`: `.some(nil)` when it is missing or null, `.some(value)`
    /// when `read` can read it, and nil (give up) when it is there but `read` cannot.
    @inlinable public func optional<T>(_ key: String, _ read: (String) -> T?) -> T?? {
        if isAbsent(key) { return .some(nil) }
        return read(key).map { .some($0) }
    }

    /// Missing or null: what Codable's `decodeIfPresent` takes as nil.
    public func isAbsent(_ key: String) -> Bool {
        switch value(key) {
        case nil, .null?: true
        default: false
        }
    }
}

extension JSONReader {
    /// A type's own reader for well-formed objects; returning nil hands the object to its Codable init.
    public struct FastPath: Sendable {
        let type: ObjectIdentifier
        let read: @Sendable (JSONObject) -> Any?

        public init<T: Decodable>(_ type: T.Type, _ read: @escaping @Sendable (JSONObject) -> T?) {
            self.type = ObjectIdentifier(type)
            self.read = read
        }
    }
}

extension [JSONMember] {
    /// The last member with this name, as a dictionary would keep it.
    public func last(named name: String) -> JSONValue? {
        // Names of another length are passed over without comparing them (most of them, and a String comparison
        // of two that differ takes the slow path).
        let length = name.utf8.count
        var i = count
        while i > 0 {
            i -= 1
            if self[i].key.utf8.count == length, self[i].key == name { return self[i].value }
        }
        return nil
    }
}
