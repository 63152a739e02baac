import FoundationEssentials
import Glibc

/// A document's one big list read in part: of each element (an object) only a few members, and where the element is
/// in the document, to read it whole later. A screen that shows twenty of 15,000 artifacts needs the sort keys of
/// all and the words of twenty; the words are most of the bytes and most of the cost of reading them.
public struct JSONSkim: Sendable {
    /// Each element's kept members, in the list's order.
    public let elements: [JSONObject]
    /// Where each element is in the document, for `JSONReader.decode(_:from:at:)`.
    public let ranges: [Range<Int>]
}

/// What to skim: the top-level object's list `list`, keeping the members `keep` of each element.
struct SkimPlan {
    let list: String
    let keep: [String]
}

extension JSONReader {
    /// `T` read from a document whose top-level list `list` is read as empty, and that list skimmed: of each element
    /// only the members named in `keep`. Throws as `decode(_:from:)` does; an element that is not an object is
    /// a syntax error here (a list of anything else is not one to skim). The skipped bytes are checked only as far
    /// as finding where each value ends: the document must be read whole afterwards, and that read judges it.
    public func decode<T: Decodable>(_ type: T.Type, from data: Data, skimming list: String,
                                     keeping keep: [String]) throws -> (T, JSONSkim) {
        let (value, skimmed) = try parse(data, skimming: SkimPlan(list: list, keep: keep))
        return (try decode(type, from: value, size: data.count), skimmed)
    }

    /// Of the object at `range` of `data` (an element of a skim), only the members named in `keep`: a few words of
    /// an element without reading all of it.
    public func members(of data: Data, at range: Range<Int>, keeping keep: [String]) throws -> JSONObject {
        try reading(data, range: range) { bytes throws(JSONSyntaxError) in
            var parser = JSONParser(bytes: bytes, skim: nil)
            parser.skipSpace()
            guard parser.current == UInt8(ascii: "{") else { throw parser.fail() }
            let members = try parser.skimObject(keep.map { Array($0.utf8) }, keep)
            parser.skipSpace()
            guard parser.at == bytes.count else { throw parser.fail() }
            return JSONObject(members: members)
        }
    }

    /// The value at `range` of `data` (an element of a skim), read whole.
    public func decode<T: Decodable>(_ type: T.Type, from data: Data, at range: Range<Int>) throws -> T {
        try decode(type, from: try parse(data, range: range).value, size: range.count)
    }
}

extension JSONParser {
    /// At a list's `[`: each element skimmed, with its range.
    mutating func skimList(_ plan: SkimPlan) throws(JSONSyntaxError) -> JSONSkim {
        at += 1
        skipSpace()
        if current == UInt8(ascii: "]") { at += 1; return JSONSkim(elements: [], ranges: []) }
        let keys = plan.keep.map { Array($0.utf8) }
        var elements: [JSONObject] = []
        var ranges: [Range<Int>] = []
        repeat {
            skipSpace()
            let start = at
            guard current == UInt8(ascii: "{") else { throw fail() }
            elements.append(JSONObject(members: try skimObject(keys, plan.keep)))
            ranges.append(start..<at)
        } while try another(before: UInt8(ascii: "]"))
        return JSONSkim(elements: elements, ranges: ranges)
    }

    /// At an element's `{`: the members whose names are in `keys` read, the rest passed over by a scan that looks
    /// only at quotes, brackets, braces and commas (a parse of every value and every space between cost ~20
    /// instructions a byte). A string at the element's own level right after its `{` or a comma is a name. Names
    /// are compared as written: one spelled with escapes is not matched, and the element then lacks it.
    mutating func skimObject(_ keys: [[UInt8]], _ names: [String]) throws(JSONSyntaxError) -> [JSONMember] {
        guard let base = bytes.baseAddress else { throw fail() }
        let count = bytes.count
        var members: [JSONMember] = []
        members.reserveCapacity(keys.count)
        var depth = 0
        var nameNext = false
        // The position is kept in a local between the few calls out: as the parser's stored property it was loaded
        // and stored again for every byte.
        var i = at
        while i < count {
            switch base.load(fromByteOffset: i, as: UInt8.self) {
            case UInt8(ascii: "\""):
                guard let end = Self.stringEnd(base, count, from: i + 1) else { at = i; throw fail() }
                defer { nameNext = false }
                guard depth == 1, nameNext,
                      let k = keys.firstIndex(where: { key in
                          key.count == end - 1 - (i + 1) && key.withUnsafeBytes { memcmp($0.baseAddress!, base + i + 1, $0.count) == 0 }
                      }) else { i = end; continue }
                at = end
                skipSpace()
                try expect(UInt8(ascii: ":"))
                skipSpace()
                members.append(JSONMember(key: names[k], value: try value(depth: 2)))
                i = at
                continue
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                depth += 1
                if depth > Self.maximumDepth { at = i; throw fail() }
                nameNext = depth == 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                if depth == 0 { at = i + 1; return members }
            case UInt8(ascii: ","):
                nameNext = depth == 1
            case UInt8(ascii: "\n"):
                // A pretty-printed line's indentation in one step (as `skipSpace` passes it).
                while i + 9 <= count {
                    let spaces = ByteWord.leadingSpaces(base, at: i + 1)
                    i += spaces
                    if spaces < 8 { break }
                }
            default:
                break
            }
            i += 1
        }
        at = i
        throw fail()
    }

    /// Just past the quote that ends the string whose first byte is at `i`, eight bytes at a time (the first quote or
    /// backslash in a word is found exactly), so a short string costs about as much as a long one's word. Nil when
    /// the string does not end.
    private static func stringEnd(_ base: UnsafeRawPointer, _ count: Int, from start: Int) -> Int? {
        var i = start
        while true {
            if i + 8 <= count {
                let word = base.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                let found = ByteWord.equal(word, UInt8(ascii: "\"")) | ByteWord.equal(word, UInt8(ascii: "\\"))
                if found == 0 { i += 8; continue }
                i += ByteWord.first(found)
            }
            guard i < count else { return nil }
            switch base.load(fromByteOffset: i, as: UInt8.self) {
            case UInt8(ascii: "\\"): i += 2
            case UInt8(ascii: "\""): return i + 1
            default: i += 1
            }
        }
    }
}
