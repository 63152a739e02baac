import Foundation
import JSONReading

/// Fields a document on disk has that this version of LearnerLed does not know (added by a newer version or
/// by a teacher's script). JSONDecoder drops them silently; a save would then lose them. They are found by
/// comparing the file with what this version writes for the same document, and put back into every save.
///
/// An object with an `"id"` keeps its unknown fields, and those of the objects inside it, wherever it goes in the
/// document (an artifact moved to the trash or to another place in the list keeps them); any other object keeps
/// them at the same place.
struct UnknownFields {
    /// Unknown keys by where their object is: a path from the top ("" is the document itself), starting afresh
    /// at each object with an id ("#a1.stickyNote").
    private var byPath: [String: [String: Any]] = [:]

    var isEmpty: Bool { byPath.isEmpty }

    /// Where an object's fields are kept: its own id when it has one, else its path.
    private static func anchor(_ object: [String: Any], _ path: String) -> String {
        (object["id"] as? String).map { "#" + $0 } ?? path
    }

    private static func anchor(_ members: [JSONMember], _ path: String) -> String {
        guard case .string(let id)? = members.last(named: "id") else { return path }
        return "#" + id
    }

    /// What `original` (the file) has that `known` (this version's encoding of the same document) does not.
    /// Nil when there is nothing, which is almost always: then saving needs no extra work. Both are read with
    /// `JSONReader`, a tenth of JSONSerialization's cost (a 15,000-artifact portfolio's save spent 3.3 G
    /// instructions here, half of it).
    init?(original: Data, known: Data) {
        let reader = JSONReader()
        guard let old = try? reader.values(of: original), let new = try? reader.values(of: known) else { return nil }
        collect(old, new, path: "")
        if isEmpty { return nil }
    }

    private mutating func collect(_ old: JSONValue, _ new: JSONValue?, path: String) {
        switch old {
        case .object(let members):
            let newMembers: [JSONMember] = if case .object(let m)? = new { m } else { [] }
            let here = Self.anchor(members, path)
            var extra: [String: Any] = [:]
            for member in members {
                if case .null = member.value { continue }
                if let known = newMembers.last(named: member.key) {
                    switch member.value {
                    case .object, .array: collect(member.value, known, path: here + "." + member.key)
                    default: break   // a value, not a container: nothing unknown inside it
                    }
                } else {
                    extra[member.key] = member.value.foundationObject
                }
            }
            if !extra.isEmpty { byPath[here, default: [:]].merge(extra) { $1 } }
        case .array(let elements):
            let newElements: [JSONValue] = if case .array(let e)? = new { e } else { [] }
            for (i, element) in elements.enumerated() {
                switch element {
                case .object, .array: collect(element, i < newElements.count ? newElements[i] : nil, path: path + "[\(i)]")
                default: break
                }
            }
        default:
            break
        }
    }

    /// `data` (what this version is about to write) with the unknown fields put back.
    func merged(into data: Data) throws -> Data {
        guard var tree = try? JSONSerialization.jsonObject(with: data) else { return data }
        tree = put(tree, path: "")
        return try JSONSerialization.data(withJSONObject: tree, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
    }

    private func put(_ value: Any, path: String) -> Any {
        if var object = value as? [String: Any] {
            let here = Self.anchor(object, path)
            for (key, child) in object { object[key] = put(child, path: here + "." + key) }
            for (key, unknown) in byPath[here] ?? [:] where object[key] == nil { object[key] = unknown }
            return object
        }
        if let array = value as? [Any] {
            return array.enumerated().map { put($0.element, path: path + "[\($0.offset)]") }
        }
        return value
    }
}

private extension JSONValue {
    /// As JSONSerialization would have read it, to be written back with it.
    var foundationObject: Any {
        switch self {
        case .null: NSNull()
        case .bool(let b): b
        case .integer(let i): i
        case .number(let d): d
        case .string(let s): s
        case .array(let elements): elements.map(\.foundationObject)
        case .object(let members): Dictionary(members.map { ($0.key, $0.value.foundationObject) }) { $1 }
        }
    }
}
