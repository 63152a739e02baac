import Foundation

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

    /// What `original` (the file) has that `known` (this version's encoding of the same document) does not.
    /// Nil when there is nothing, which is almost always: then saving needs no extra work.
    init?(original: Data, known: Data) {
        guard let old = try? JSONSerialization.jsonObject(with: original),
              let new = try? JSONSerialization.jsonObject(with: known) else { return nil }
        collect(old, new, path: "")
        if isEmpty { return nil }
    }

    private mutating func collect(_ old: Any, _ new: Any?, path: String) {
        if let oldObject = old as? [String: Any] {
            let newObject = new as? [String: Any] ?? [:]
            let here = Self.anchor(oldObject, path)
            var extra: [String: Any] = [:]
            for (key, value) in oldObject {
                if value is NSNull { continue }
                if let known = newObject[key] {
                    collect(value, known, path: here + "." + key)
                } else {
                    extra[key] = value
                }
            }
            if !extra.isEmpty { byPath[here, default: [:]].merge(extra) { $1 } }
        } else if let oldArray = old as? [Any] {
            let newArray = new as? [Any] ?? []
            for (i, element) in oldArray.enumerated() {
                collect(element, i < newArray.count ? newArray[i] : nil, path: path + "[\(i)]")
            }
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
