import FoundationEssentials
import Glibc

/// One element of a skimmed list, as a skim finds it: where each kept member's value lies in the document, read only
/// as the caller asks (a date straight from its digits, a name as a String), each member by its place in the list
/// kept. Valid only inside the call that hands it over: it points into the document's bytes.
public struct SkimmedElement {
    let bytes: UnsafeRawBufferPointer
    /// For each kept member, in the order kept, its value's first byte and the end of what follows it up to the next
    /// comma or brace (the space after the value included); -1 when the element lacks the member.
    let spans: UnsafeBufferPointer<Int>

    // Members are asked for by their place in the list kept, not by name: finding a name among five cost ~100
    // instructions, and a preview asks five times for each of thousands of elements.

    /// Where the member's value is, or nil when the element lacks it.
    private func span(_ k: Int) -> (start: Int, end: Int)? {
        spans[2 * k] >= 0 ? (spans[2 * k], spans[2 * k + 1]) : nil
    }

    /// The member's value as written, or nil when the element lacks it.
    private func raw(_ k: Int) -> UnsafeRawBufferPointer? {
        span(k).map { UnsafeRawBufferPointer(rebasing: bytes[$0.start..<$0.end]) }
    }

    /// The member's value read whole; nil when it is missing or is not valid JSON.
    public func value(_ k: Int) -> JSONValue? {
        raw(k).flatMap { try? JSONParser.parse($0) }
    }

    /// A string member; one in plain ASCII (ids, subjects) made straight from its bytes, any other read whole (which
    /// checks its UTF-8: `String(validating:)` is not specialised here and cost ~1,000 instructions a call).
    public func string(_ k: Int) -> String? {
        if let (text, ascii) = plain(k), ascii { return String(decoding: text, as: UTF8.self) }
        guard case .string(let s)? = value(k) else { return nil }
        return s
    }

    /// A string member as `string(_:)` reads it, but the same String as one in `known` when it has the same bytes
    /// (a portfolio's few subjects, each made once rather than once an artifact); a new one is added to `known`.
    public func string(_ k: Int, reusing known: inout [String]) -> String? {
        guard let (text, ascii) = plain(k), ascii, let base = text.baseAddress else { return string(k) }
        for string in known where string.utf8.count == text.count {
            let same = string.utf8.withContiguousStorageIfAvailable { memcmp($0.baseAddress!, base, text.count) == 0 }
                ?? string.utf8.elementsEqual(text)
            if same { return string }
        }
        let string = String(decoding: text, as: UTF8.self)
        known.append(string)
        return string
    }

    public func object(_ k: Int) -> JSONObject? {
        guard case .object(let members)? = value(k) else { return nil }
        return JSONObject(members: members)
    }

    /// The bytes between the quotes of a string member written without escapes (as dates and ids are), without
    /// making a String; nil when it is missing, not a string, or has an escape or a control character.
    public func text(_ k: Int) -> UnsafeRawBufferPointer? {
        plain(k)?.text
    }

    /// `text(_:)`, and whether it is all ASCII.
    private func plain(_ k: Int) -> (text: UnsafeRawBufferPointer, ascii: Bool)? {
        guard let (start, end) = span(k), bytes[start] == UInt8(ascii: "\""),
              let run = JSONParser.plainRun(bytes, from: start + 1, to: end), run.closed else { return nil }
        return (UnsafeRawBufferPointer(rebasing: bytes[start + 1..<run.stop]), run.ascii)
    }

    /// A date in the form JSONEncoder's `.iso8601` writes ("2026-09-04T14:00:00Z").
    public func date(_ k: Int) -> Date? {
        text(k).flatMap(ISO8601Seconds.date)
    }

    /// Missing or null: what Codable's `decodeIfPresent` takes as nil.
    public func isAbsent(_ k: Int) -> Bool {
        guard let value = raw(k) else { return true }
        if case .null? = try? JSONParser.parse(value) { return true }
        return false
    }
}

/// What the parser found of a skimmed list: where each element is, and where each kept member's value lies.
struct JSONSkim {
    var ranges: [Range<Int>] = []
    /// Two numbers for each kept member of each element, element after element (see `SkimmedElement.spans`).
    var spans: [Int] = []
}

/// What to skim: the top-level object's list `list`, keeping the members `keep` of each element.
struct SkimPlan {
    let list: String
    let keep: [String]
}

extension JSONReader {
    /// `T` read from a document whose top-level list `list` is read as empty, and that list skimmed: each element
    /// handed to `read` with only the members named in `keep` found (a screen that shows twenty of 15,000 artifacts
    /// needs the sort keys of all and the words of twenty; the words are most of the bytes and most of the cost of
    /// reading them), in order; and where each element is in the document, to read it whole later
    /// (`decode(_:from:at:)`). `read` keeps what it makes of an element itself (a list of a type of this module's
    /// own choosing was made through generic code, ~500 instructions an element), and returns false to give up.
    /// Throws as `decode(_:from:)` does, and when `read` gives up on an element; an element that is not an object is
    /// a syntax error here (a list of anything else is not one to skim). The skipped bytes are checked only as far
    /// as finding where each value ends: the document must be read whole afterwards, and that read judges it.
    public func decode<T: Decodable>(_ type: T.Type, from data: Data, skimming list: String, keeping keep: [String],
                                     each read: (SkimmedElement) -> Bool) throws -> (value: T, ranges: [Range<Int>]) {
        var unread: Int?
        let (value, skim) = try reading(data) { bytes throws(JSONSyntaxError) in
            let (value, skim) = try JSONParser.parse(bytes, skimming: SkimPlan(list: list, keep: keep))
            skim.spans.withUnsafeBufferPointer { spans in
                let width = 2 * keep.count
                for e in skim.ranges.indices
                where !read(SkimmedElement(bytes: bytes, spans: UnsafeBufferPointer(rebasing: spans[e * width..<(e + 1) * width]))) {
                    unread = e
                    return
                }
            }
            return (value, skim)
        }
        if let unread {
            throw DecodingError.dataCorrupted(.init(codingPath: [PathKey(stringValue: list), PathKey(intValue: unread)],
                                                    debugDescription: "the element could not be read"))
        }
        return (try decode(type, from: value, size: data.count), skim.ranges)
    }

    /// Of the object at `range` of `data` (an element of a skim), only the members named in `keep`: a few words of
    /// an element without reading all of it.
    public func members(of data: Data, at range: Range<Int>, keeping keep: [String]) throws -> JSONObject {
        try reading(data, range: range) { bytes throws(JSONSyntaxError) in
            var parser = JSONParser(bytes: bytes, skim: nil)
            parser.skipSpace()
            guard parser.current == UInt8(ascii: "{") else { throw parser.fail() }
            var spans = [Int](repeating: -1, count: 2 * keep.count)
            try parser.skimObject(keep.map(SkimKey.init), into: &spans, from: 0)
            parser.skipSpace()
            guard parser.at == bytes.count else { throw parser.fail() }
            var members: [JSONMember] = []
            for (k, name) in keep.enumerated() where spans[2 * k] >= 0 {
                members.append(JSONMember(key: name, value: try JSONParser.parse(UnsafeRawBufferPointer(
                    rebasing: bytes[spans[2 * k]..<spans[2 * k + 1]]))))
            }
            return JSONObject(members: members)
        }
    }

    /// The value at `range` of `data` (an element of a skim), read whole.
    public func decode<T: Decodable>(_ type: T.Type, from data: Data, at range: Range<Int>) throws -> T {
        try decode(type, from: try parse(data, range: range), size: range.count)
    }
}

/// A member's name to look for, its first eight bytes as a word: most names differ there, and a word compared
/// costs less than a call to memcmp (the names of every member of thousands of elements are looked at).
struct SkimKey {
    let bytes: [UInt8]
    let prefix: UInt64
    let mask: UInt64

    init(_ name: String) {
        bytes = Array(name.utf8)
        var prefix: UInt64 = 0
        for (i, byte) in bytes.prefix(8).enumerated() { prefix |= UInt64(byte) << (8 * i) }
        self.prefix = prefix
        mask = bytes.count >= 8 ? ~0 : (1 << (8 * bytes.count)) - 1
    }

    /// Which of `keys` the `count` bytes at `name` spell, if any; `limit` is where the document ends.
    static func find(_ keys: [SkimKey], in name: UnsafeRawPointer, count: Int, before limit: UnsafeRawPointer) -> Int? {
        guard name + 8 <= limit else {
            return keys.firstIndex { $0.bytes.count == count && $0.bytes.withUnsafeBytes { memcmp($0.baseAddress!, name, count) == 0 } }
        }
        let word = name.loadUnaligned(as: UInt64.self)
        for k in keys.indices {
            let key = keys[k]
            guard key.bytes.count == count, word & key.mask == key.prefix else { continue }
            if count <= 8 || key.bytes.withUnsafeBytes({ memcmp($0.baseAddress! + 8, name + 8, count - 8) == 0 }) { return k }
        }
        return nil
    }
}

extension JSONParser {
    /// At a list's `[`: each element skimmed, with its range.
    mutating func skimList(_ plan: SkimPlan) throws(JSONSyntaxError) -> JSONSkim {
        at += 1
        skipSpace()
        var skim = JSONSkim()
        if current == UInt8(ascii: "]") { at += 1; return skim }
        let keys = plan.keep.map(SkimKey.init)
        repeat {
            skipSpace()
            let start = at
            guard current == UInt8(ascii: "{") else { throw fail() }
            let first = skim.spans.count
            skim.spans.append(contentsOf: repeatElement(-1, count: 2 * keys.count))
            try skimObject(keys, into: &skim.spans, from: first)
            skim.ranges.append(start..<at)
        } while try another(before: UInt8(ascii: "]"))
        return skim
    }

    /// At an element's `{`: where the values of the members whose names are in `keys` lie, written into `spans` from
    /// `first` (two numbers a key, as `SkimmedElement.spans`), found by a scan that looks only at quotes, brackets,
    /// braces and commas (a parse of every value and every space between cost ~20 instructions a byte). The values
    /// themselves are read only when asked for. A string at the element's own level right after its `{` or a comma
    /// is a name. Names are compared as written: one spelled with escapes is not matched, and the element then lacks
    /// it; of a name written twice the last is kept, as a dictionary keeps it.
    mutating func skimObject(_ keys: [SkimKey], into spans: inout [Int], from first: Int) throws(JSONSyntaxError) {
        guard let base = bytes.baseAddress else { throw fail() }
        let count = bytes.count
        var depth = 0
        var nameNext = false
        // The kept member whose value is being passed over, to mark where it ends.
        var open = -1
        // The position is kept in a local between the few calls out: as the parser's stored property it was loaded
        // and stored again for every byte.
        var i = at
        while i < count {
            switch base.load(fromByteOffset: i, as: UInt8.self) {
            case UInt8(ascii: "\""):
                guard let end = Self.stringEnd(base, count, from: i + 1) else { at = i; throw fail() }
                defer { nameNext = false }
                guard depth == 1, nameNext, let k = SkimKey.find(keys, in: base + i + 1, count: end - 1 - (i + 1), before: base + count)
                else { i = end; continue }
                at = end
                skipSpace()
                try expect(UInt8(ascii: ":"))
                skipSpace()
                guard at < count else { throw fail() }
                spans[first + 2 * k] = at
                open = k
                i = at
                continue
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                depth += 1
                if depth > Self.maximumDepth { at = i; throw fail() }
                nameNext = depth == 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                if depth == 0 {
                    if open >= 0 { spans[first + 2 * open + 1] = i }
                    at = i + 1
                    return
                }
            case UInt8(ascii: ","):
                nameNext = depth == 1
                if depth == 1, open >= 0 { spans[first + 2 * open + 1] = i; open = -1 }
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
    @inline(__always)
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
