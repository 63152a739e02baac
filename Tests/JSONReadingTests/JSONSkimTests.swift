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

    /// What a skim hands over of each element kept "id" and "when": their values read as asked.
    struct Kept: Equatable {
        var id: String?
        var when: String?
        var whenDate: Date?
        var noID: Bool
    }

    static func kept(_ e: SkimmedElement) -> Kept {
        Kept(id: e.string(0), when: e.string(1), whenDate: e.date(1), noID: e.isAbsent(0))
    }

    @Test func findsEachElementAndItsKeptMembers() throws {
        let data = Data(Self.document.utf8)
        let reader = JSONReader()
        let (holder, kept, ranges) = try reader.decode(Holder.self, from: data, skimming: "items", keeping: ["id", "when"],
                                                       each: Self.kept)
        // The rest of the document reads as usual, the list as empty.
        #expect(holder.name == "Zoë's \"class\" \\ 美玲" && holder.after == 7 && holder.items.isEmpty)

        struct Whole: Decodable { var items: AnyDecodableList }
        let whole = try JSONDecoder().decode(Whole.self, from: data).items
        #expect(ranges.count == 4 && kept.count == 4 && whole.count == 4)
        // Each range is the element itself: read whole from it, it is what JSONDecoder reads there.
        let expected: [[String: Any]] = [["id": "a1"], ["id": "a2"], ["id": "a3", "when": "2026-09-04T14:00:00Z"], [:]]
        for (i, range) in ranges.enumerated() {
            let element = try reader.decode([String: JSONAny].self, from: data, at: range)
            #expect(element["id"]?.text == expected[i]["id"] as? String)
            #expect(kept[i].id == expected[i]["id"] as? String, "element \(i)")
            #expect(kept[i].when == expected[i]["when"] as? String, "element \(i)")
            // Not the "id" of a nested object.
            #expect(kept[i].noID == (expected[i]["id"] == nil), "element \(i)")
        }
        #expect(kept[2].whenDate == Date(timeIntervalSince1970: 1_788_530_400))
        let first = try reader.decode(Item.self, from: data, at: ranges[0])
        #expect(first.words == "a \"quoted\" } ] , word \\" && first.inner?["id"] == "not this one")
    }

    /// A kept member's value as written: a string's bytes only when it has no escape, an object or a null read whole,
    /// whatever space is around it; of a name written twice, the last.
    @Test func keptValuesAsWritten() throws {
        let text = """
            {"items": [
              {"id" : "a\\u0031" , "note": {"words": "ñ 美玲", "n": [1, 2]} ,"day":"2026-09-04"},
              {"note" :null, "day" : "2026-09-04"\n, "id": "b", "id": "c"},
              {"day": "2026\\u002d09-04", "note": 3}
            ]}
            """
        struct Seen {
            var id: String?, idText: String?, day: String?, noteWords: String?, noteAbsent: Bool, noteValue: JSONValue?
        }
        let (_, seen, _) = try JSONReader().decode([String: [Int]].self, from: Data(text.utf8), skimming: "items",
                                                   keeping: ["id", "note", "day"]) { e in
            Seen(id: e.string(0), idText: e.text(0).map { String(decoding: $0, as: UTF8.self) },
                 day: e.text(2).map { String(decoding: $0, as: UTF8.self) },
                 noteWords: e.object(1)?.string("words"), noteAbsent: e.isAbsent(1), noteValue: e.value(1))
        }
        #expect(seen.count == 3)
        #expect(seen[0].id == "a1" && seen[0].idText == nil && seen[0].day == "2026-09-04")
        #expect(seen[0].noteWords == "ñ 美玲" && !seen[0].noteAbsent)
        #expect(seen[1].id == "c" && seen[1].idText == "c" && seen[1].day == "2026-09-04" && seen[1].noteAbsent)
        #expect(seen[2].id == nil && seen[2].day == nil && seen[2].noteWords == nil && !seen[2].noteAbsent)
        if case .integer(3)? = seen[2].noteValue {} else { Issue.record("the note is the number 3") }
    }

    /// A skim's dates are read from their bytes, by arithmetic: every one as JSONEncoder wrote it, none that is not a
    /// real moment in that form.
    @Test func datesStraightFromTheirBytes() throws {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        for step in 0..<3_000 {
            let seconds = -12_000_000_000 + Double(step) * 87_654_321 + Double(step % 60)
            let written = try encoder.encode([Date(timeIntervalSince1970: seconds)])
            let text = String(decoding: written.dropFirst(2).dropLast(2), as: UTF8.self)
            let read = Array(text.utf8).withUnsafeBytes { ISO8601Seconds.date($0) }
            #expect(read == Date(timeIntervalSince1970: seconds), "\(text)")
        }
        for bad in ["2026-13-01T00:00:00Z", "2026-02-29T00:00:00Z", "2026-0/-04T14:00:00Z", "2026-09-04T24:00:00Z",
                    "2O26-09-04T14:00:00Z", "2026-09-04T14:00:60Z", "2026-09-04 14:00:00Z", "2026-09-04T14:00:00", ""] {
            #expect(Array(bad.utf8).withUnsafeBytes { ISO8601Seconds.date($0) } == nil, "\(bad)")
        }
    }

    /// A subject read again is the String read the first time; a new one is added to what is known.
    @Test func repeatedStringsAreReadOnce() throws {
        let text = #"{"items": [{"s": "math"}, {"s": "reading"}, {"s": "math"}, {"s": "ma\u0074h"}, {"s": "ñandú"}, {"s": "math"}]}"#
        var known: [String] = []
        let (_, read, _) = try JSONReader().decode([String: [Int]].self, from: Data(text.utf8), skimming: "items",
                                                   keeping: ["s"]) { $0.string(0, reusing: &known) }
        #expect(read == ["math", "reading", "math", "math", "ñandú", "math"])
        #expect(known == ["math", "reading"])
    }

    /// An element the caller cannot read stops the skim with an error that says which.
    @Test func anElementTheCallerGivesUpOnIsAnError() throws {
        let data = Data(#"{"items": [{"id": "a"}, {"id": 7}]}"#.utf8)
        #expect {
            _ = try JSONReader().decode([String: [Int]].self, from: data, skimming: "items", keeping: ["id"]) { $0.string(0) }
        } throws: { error in
            guard case DecodingError.dataCorrupted(let context) = error else { return false }
            return context.codingPath.map(\.stringValue) == ["items", "Index 1"]
        }
    }

    /// A few members of one element, from its range: its words with their escapes, never a nested object's.
    @Test func membersOfOneElement() throws {
        let data = Data(Self.document.utf8)
        let reader = JSONReader()
        let (_, _, ranges) = try reader.decode(Holder.self, from: data, skimming: "items", keeping: ["id"]) { _ in () }
        let first = try reader.members(of: data, at: ranges[0], keeping: ["words"])
        #expect(first.string("words") == "a \"quoted\" } ] , word \\" && first.string("id") == nil)
        #expect(try reader.members(of: data, at: ranges[1], keeping: ["words", "id"]).string("words") == "Nguyễn Văn An ệ 🌱")
        #expect(try reader.members(of: data, at: ranges[3], keeping: ["id"]).string("id") == nil)
        // Not an element's range: refused, not misread.
        let (start, end) = (ranges[0].lowerBound, ranges[0].upperBound)
        for range in [start + 1..<end, start..<end - 1, start..<end + 2, 0..<data.count + 1] {
            #expect(throws: DecodingError.self, "\(range)") { _ = try reader.members(of: data, at: range, keeping: ["words"]) }
        }
    }

    /// A name close to the end of what is read (fewer than eight bytes left after it) is found all the same, and one
    /// that only starts like a kept name is not taken for it.
    @Test func namesAtTheVeryEnd() throws {
        let data = Data(#"{"a":1,"identity":3,"id":2}"#.utf8)
        let reader = JSONReader()
        #expect(try reader.members(of: data, at: 0..<data.count, keeping: ["id"]).integer("id") == 2)
        #expect(try reader.members(of: data, at: 0..<data.count, keeping: ["identity", "a"]).integer("identity") == 3)
        let list = Data(#"{"items":[{"createdAtX":1,"createdAt":"2026-09-04T14:00:00Z"},{"b":2,"x":1}]}"#.utf8)
        let (_, read, _) = try reader.decode([String: [Int]].self, from: list, skimming: "items", keeping: ["createdAt", "x"]) {
            ($0.date(0), $0.value(1))
        }
        #expect(read.count == 2 && read[0].0 == Date(timeIntervalSince1970: 1_788_530_400) && read[1].0 == nil)
        if case .integer(1)? = read[1].1 {} else { Issue.record("x is 1") }
    }

    @Test func anEmptyListAndADocumentWithoutIt() throws {
        let reader = JSONReader()
        let (empty, items, ranges) = try reader.decode(Holder.self, from: Data(#"{"name": "", "items": [ ], "after": 1}"#.utf8),
                                                       skimming: "items", keeping: ["id"]) { $0.string(0) }
        #expect(empty.items.isEmpty && ranges.isEmpty && items.isEmpty)
        struct Other: Decodable { var name: String }
        let (other, _, nothing) = try reader.decode(Other.self, from: Data(#"{"name": "x"}"#.utf8), skimming: "items",
                                                    keeping: ["id"]) { $0.string(0) }
        #expect(other.name == "x" && nothing.isEmpty)
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
            _ = try JSONReader().decode([String: Int].self, from: Data(text.utf8), skimming: "items", keeping: ["id"]) { _ in () }
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

private extension JSONReader {
    /// The skim with what `read` makes of each element collected in order (nil gives up, as false does).
    func decode<T: Decodable, Item>(_ type: T.Type, from data: Data, skimming list: String, keeping keep: [String],
                                    each read: (SkimmedElement) -> Item?) throws -> (T, [Item], [Range<Int>]) {
        var items: [Item] = []
        let (value, ranges) = try decode(type, from: data, skimming: list, keeping: keep) { element in
            guard let item = read(element) else { return false }
            items.append(item)
            return true
        }
        return (value, items, ranges)
    }
}
