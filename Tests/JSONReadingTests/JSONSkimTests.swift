import Foundation
import Testing
@testable import JSONReading

/// A skim must find exactly what a whole read finds: each element's place, and the kept members' values.
struct JSONSkimTests {
    struct Item: Codable, Equatable {
        var id: String
        var words: String
        var inner: [String: String]?
        var when: Date?
    }

    struct Holder: Codable, Equatable {
        var name: String
        var items: [Item]
        var after: Int
    }

    /// Every kind of value between and inside the elements: escapes that look like ends, kept names inside nested
    /// objects, lists of objects, numbers, booleans, null, other scripts.
    static let document = """
        {"name": "Zoë's \\"class\\" \\\\ 美玲",
         "items": [
          {"words": "a \\"quoted\\" } ] , word \\\\", "id": "a1", "inner": {"id": "not this one", "words": "[{"},
           "list": [1, 2, {"id": "nor this"}], "extra": [true, false, null, -1.5e3, {"x": []}]},
          {"id":"a2","words":"Nguyễn Văn An ệ 🌱"},
        \t{ "id" : "a\\u0033" ,  "words" : "" , "when" : "2026-09-04T14:00:00Z" }\r
         ,{"words": "no id here"}
         ],
         "after": 7}
        """

    @Test func findsEachElementAndItsKeptMembers() throws {
        let data = Data(Self.document.utf8)
        let reader = JSONReader()
        let (holder, skim) = try reader.decode(Holder.self, from: data, skimming: "items", keeping: ["id", "when"])
        // The rest of the document reads as usual, the list as empty.
        #expect(holder.name == "Zoë's \"class\" \\ 美玲" && holder.after == 7 && holder.items.isEmpty)

        struct Whole: Decodable { var items: AnyDecodableList }
        let whole = try JSONDecoder().decode(Whole.self, from: data).items
        #expect(skim.ranges.count == 4 && whole.count == 4)
        // Each range is the element itself: read whole from it, it is what JSONDecoder reads there.
        let expected: [[String: Any]] = [["id": "a1"], ["id": "a2"], ["id": "a3", "when": "2026-09-04T14:00:00Z"], [:]]
        for (i, range) in skim.ranges.enumerated() {
            let element = try reader.decode([String: JSONAny].self, from: data, at: range)
            #expect(element["id"]?.text == expected[i]["id"] as? String)
            #expect(skim.elements[i].string("id") == expected[i]["id"] as? String, "element \(i)")
            #expect(skim.elements[i].string("when") == expected[i]["when"] as? String, "element \(i)")
            // Only the kept members are there: not "words", and not the "id" of a nested object.
            #expect(skim.elements[i].string("words") == nil)
        }
        let first = try reader.decode(Item.self, from: data, at: skim.ranges[0])
        #expect(first.words == "a \"quoted\" } ] , word \\" && first.inner?["id"] == "not this one")
    }

    /// A few members of one element, from its range: its words with their escapes, never a nested object's.
    @Test func membersOfOneElement() throws {
        let data = Data(Self.document.utf8)
        let reader = JSONReader()
        let (_, skim) = try reader.decode(Holder.self, from: data, skimming: "items", keeping: ["id"])
        let first = try reader.members(of: data, at: skim.ranges[0], keeping: ["words"])
        #expect(first.string("words") == "a \"quoted\" } ] , word \\" && first.string("id") == nil)
        #expect(try reader.members(of: data, at: skim.ranges[1], keeping: ["words", "id"]).string("words") == "Nguyễn Văn An ệ 🌱")
        #expect(try reader.members(of: data, at: skim.ranges[3], keeping: ["id"]).string("id") == nil)
        // Not an element's range: refused, not misread.
        let (start, end) = (skim.ranges[0].lowerBound, skim.ranges[0].upperBound)
        for range in [start + 1..<end, start..<end - 1, start..<end + 2, 0..<data.count + 1] {
            #expect(throws: DecodingError.self, "\(range)") { _ = try reader.members(of: data, at: range, keeping: ["words"]) }
        }
    }

    @Test func anEmptyListAndADocumentWithoutIt() throws {
        let reader = JSONReader()
        let (empty, none) = try reader.decode(Holder.self, from: Data(#"{"name": "", "items": [ ], "after": 1}"#.utf8),
                                              skimming: "items", keeping: ["id"])
        #expect(empty.items.isEmpty && none.ranges.isEmpty && none.elements.isEmpty)
        struct Other: Decodable { var name: String }
        let (other, nothing) = try reader.decode(Other.self, from: Data(#"{"name": "x"}"#.utf8), skimming: "items", keeping: ["id"])
        #expect(other.name == "x" && nothing.ranges.isEmpty)
    }

    @Test(arguments: [
        #"{"items": [{"id": "a}], "after": 1}"#,           // a string that does not end
        #"{"items": [{"id": "a"}, 3], "after": 1}"#,        // an element that is not an object
        #"{"items": [{"id": "a"}"#,                         // cut short
        #"{"items": [{"id": "a", "x": {"y": [}]}], "after": 1"#,
        #"{"items": [{"id" "a"}]}"#,                        // a kept member without its colon
        "",
    ])
    func refusesWhatIsNotWhole(_ text: String) {
        #expect(throws: DecodingError.self) {
            _ = try JSONReader().decode([String: Int].self, from: Data(text.utf8), skimming: "items", keeping: ["id"])
        }
    }

    @Test func aRangeOutsideTheDocumentIsRefused() {
        let data = Data(#"{"a": 1}"#.utf8)
        #expect(throws: DecodingError.self) { _ = try JSONReader().decode([String: Int].self, from: data, at: 2..<40) }
        #expect(throws: DecodingError.self) { _ = try JSONReader().decode([String: Int].self, from: data, at: 1..<5) }
    }
}

/// Any JSON value, as JSONDecoder reads it, for comparing element by element.
private struct JSONAny: Decodable {
    var text: String?
    init(from decoder: Decoder) throws {
        text = try? decoder.singleValueContainer().decode(String.self)
    }
}

private struct AnyDecodableList: Decodable {
    var count: Int
    init(from decoder: Decoder) throws {
        var c = try decoder.unkeyedContainer()
        var n = 0
        while !c.isAtEnd { _ = try c.decode([String: JSONAny].self); n += 1 }
        count = n
    }
}
