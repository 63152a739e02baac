/// A JSON document read into values, in one pass over its bytes. Objects keep their members in file order as a
/// short list: every object LearnerLed reads has a dozen keys or fewer, and looking through twelve is cheaper than
/// hashing them into a dictionary (what made Foundation's JSONDecoder spend most of its time).
public enum JSONValue: Sendable {
    case null
    case bool(Bool)
    case integer(Int)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([JSONMember])

    /// What the value is, for messages ("found a string").
    var kind: String {
        switch self {
        case .null: "null"
        case .bool: "a true/false value"
        case .integer, .number: "a number"
        case .string: "a string"
        case .array: "a list"
        case .object: "an object"
        }
    }
}

public struct JSONMember: Sendable {
    public let key: String
    public let value: JSONValue
}

/// Where a byte stream stops being JSON. The offset is all it says: the text around it may be a child's words.
struct JSONSyntaxError: Error {
    let offset: Int
}

/// RFC 8259 JSON: no comments, valid UTF-8, nothing after the value; like JSONDecoder, one trailing comma in a list
/// or an object is taken.
struct JSONParser {
    /// Deep enough for any document LearnerLed writes; a file nested deeper is refused, not a stack overflow.
    static let maximumDepth = 256

    let bytes: UnsafeRawBufferPointer
    var at = 0
    /// The top-level list read in part, when the document is skimmed (see `JSONSkim`).
    private let skim: SkimPlan?
    private(set) var skimmed = JSONSkim()
    /// Members and elements of the objects and lists still open, innermost last: each is copied out once, at
    /// its exact size, when it closes (instead of an array grown step by step for every object).
    private var openMembers: [JSONMember] = []
    private var openElements: [JSONValue] = []

    static func parse(_ bytes: UnsafeRawBufferPointer) throws(JSONSyntaxError) -> JSONValue {
        try parse(bytes, skimming: nil).value
    }

    /// With a plan, the top-level object's list `plan.list` is read as empty and comes back skimmed instead.
    static func parse(_ bytes: UnsafeRawBufferPointer, skimming plan: SkimPlan?) throws(JSONSyntaxError)
        -> (value: JSONValue, skimmed: JSONSkim) {
        var parser = JSONParser(bytes: bytes, skim: plan)
        parser.skipSpace()
        let value = try parser.value(depth: 0)
        parser.skipSpace()
        guard parser.at == bytes.count else { throw JSONSyntaxError(offset: parser.at) }
        return (value, parser.skimmed)
    }

    init(bytes: UnsafeRawBufferPointer, skim: SkimPlan?) {
        self.bytes = bytes
        self.skim = skim
    }

    var current: UInt8? { at < bytes.count ? bytes[at] : nil }

    func fail() -> JSONSyntaxError { JSONSyntaxError(offset: at) }

    mutating func skipSpace() {
        while at < bytes.count {
            switch bytes[at] {
            case 0x20, 0x09, 0x0D: at += 1
            case 0x0A:
                // A pretty-printed line's indentation, passed eight bytes at a step.
                at += 1
                while at + 8 <= bytes.count {
                    let spaces = ByteWord.leadingSpaces(bytes.baseAddress!, at: at)
                    at += spaces
                    if spaces < 8 { break }
                }
            default: return
            }
        }
    }

    mutating func value(depth: Int) throws(JSONSyntaxError) -> JSONValue {
        guard depth < Self.maximumDepth, let byte = current else { throw fail() }
        switch byte {
        case UInt8(ascii: "{"): return try object(depth: depth)
        case UInt8(ascii: "["): return try array(depth: depth)
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try word("true"); return .bool(true)
        case UInt8(ascii: "f"): try word("false"); return .bool(false)
        case UInt8(ascii: "n"): try word("null"); return .null
        default: return try number()
        }
    }

    private mutating func word(_ text: StaticString) throws(JSONSyntaxError) {
        let count = text.utf8CodeUnitCount
        guard at + count <= bytes.count else { throw fail() }
        for i in 0..<count where bytes[at + i] != text.utf8Start[i] { throw fail() }
        at += count
    }

    mutating func expect(_ byte: UInt8) throws(JSONSyntaxError) {
        guard current == byte else { throw fail() }
        at += 1
    }

    private mutating func object(depth: Int) throws(JSONSyntaxError) -> JSONValue {
        at += 1
        skipSpace()
        if current == UInt8(ascii: "}") { at += 1; return .object([]) }
        let first = openMembers.count
        repeat {
            skipSpace()
            guard current == UInt8(ascii: "\"") else { throw fail() }
            let key = try string()
            skipSpace()
            try expect(UInt8(ascii: ":"))
            skipSpace()
            if depth == 0, let skim, key == skim.list, current == UInt8(ascii: "[") {
                skimmed = try skimList(skim)
                openMembers.append(JSONMember(key: key, value: .array([])))
                continue
            }
            openMembers.append(JSONMember(key: key, value: try value(depth: depth + 1)))
        } while try another(before: UInt8(ascii: "}"))
        return .object(Self.close(&openMembers, from: first))
    }

    private mutating func array(depth: Int) throws(JSONSyntaxError) -> JSONValue {
        at += 1
        skipSpace()
        if current == UInt8(ascii: "]") { at += 1; return .array([]) }
        let first = openElements.count
        repeat {
            skipSpace()
            openElements.append(try value(depth: depth + 1))
        } while try another(before: UInt8(ascii: "]"))
        return .array(Self.close(&openElements, from: first))
    }

    /// After an item of an object or a list: true when a comma says another follows, false at `end`, which is
    /// taken. One comma before the end is taken too, as JSONDecoder takes it: a file it read must still read.
    mutating func another(before end: UInt8) throws(JSONSyntaxError) -> Bool {
        skipSpace()
        if current == UInt8(ascii: ",") {
            at += 1
            skipSpace()
            if current != end { return true }
        }
        try expect(end)
        return false
    }

    /// The open object's or list's items, copied out at their exact size and taken off the stack. (Taking them
    /// through a slice kept the stack shared, and removing from it then copied the whole stack every time.)
    private static func close<Item>(_ stack: inout [Item], from first: Int) -> [Item] {
        let items = [Item](unsafeUninitializedCapacity: stack.count - first) { buffer, count in
            stack.withUnsafeBufferPointer { open in
                _ = buffer.initialize(from: open[first...])
            }
            count = stack.count - first
        }
        stack.removeLast(stack.count - first)
        return items
    }

    /// A string without escapes (nearly all of them) becomes a String straight from the file's bytes.
    private mutating func string() throws(JSONSyntaxError) -> String {
        at += 1
        let start = at
        guard let run = Self.plainRun(bytes, from: start, to: bytes.count) else { at = bytes.count; throw fail() }
        at = run.stop
        guard run.closed else {
            if bytes[at] == UInt8(ascii: "\\") { return try escapedString(from: start) }
            throw fail()
        }
        let text = try utf8(start..<at, ascii: run.ascii)
        at += 1
        return text
    }

    /// Where the string whose first byte is at `start` stops being plain: at its closing quote (`closed`), or at its
    /// first backslash or control character; and whether every byte before that is ASCII. Eight bytes at a time
    /// while none ends the string or needs a look (most of a child's sentence), then byte by byte. Nil when `end`
    /// comes first.
    @inline(__always)
    static func plainRun(_ bytes: UnsafeRawBufferPointer, from start: Int, to end: Int) -> (stop: Int, closed: Bool, ascii: Bool)? {
        var i = start
        var ascii = true
        while i + 8 <= end, plain(bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self)) { i += 8 }
        while i < end {
            let byte = bytes[i]
            if byte == UInt8(ascii: "\"") { return (i, true, ascii) }
            if byte == UInt8(ascii: "\\") || byte < 0x20 { return (i, false, ascii) }
            if byte >= 0x80 { ascii = false }
            i += 1
        }
        return nil
    }

    /// True when none of eight bytes is a quote, a backslash, a control character or non-ASCII. Each test asks
    /// whether any byte is zero (after subtracting or after an XOR), which the borrow trick answers exactly.
    static func plain(_ word: UInt64) -> Bool {
        word & ByteWord.highs == 0
            && ByteWord.below(word, 0x20) | ByteWord.equal(word, UInt8(ascii: "\"")) | ByteWord.equal(word, UInt8(ascii: "\\")) == 0
    }

    /// The bytes as a String; anything not valid UTF-8 is refused, never repaired.
    private func utf8(_ range: Range<Int>, ascii: Bool = false) throws(JSONSyntaxError) -> String {
        let slice = UnsafeRawBufferPointer(rebasing: bytes[range])
        if ascii { return String(decoding: slice, as: UTF8.self) }
        // Validated as it is made (decoding would repair bad bytes with U+FFFD, and comparing afterwards cost a
        // walk over every byte of every string a child wrote).
        guard let text = String(validating: slice, as: UTF8.self) else { throw JSONSyntaxError(offset: range.lowerBound) }
        return text
    }

    private mutating func escapedString(from start: Int) throws(JSONSyntaxError) -> String {
        var text = try utf8(start..<at)
        var runStart = at
        while at < bytes.count {
            let byte = bytes[at]
            switch byte {
            case UInt8(ascii: "\""):
                text += try utf8(runStart..<at)
                at += 1
                return text
            case UInt8(ascii: "\\"):
                text += try utf8(runStart..<at)
                at += 1
                guard let escape = current else { throw fail() }
                at += 1
                switch escape {
                case UInt8(ascii: "\""): text += "\""
                case UInt8(ascii: "\\"): text += "\\"
                case UInt8(ascii: "/"): text += "/"
                case UInt8(ascii: "b"): text += "\u{8}"
                case UInt8(ascii: "f"): text += "\u{C}"
                case UInt8(ascii: "n"): text += "\n"
                case UInt8(ascii: "r"): text += "\r"
                case UInt8(ascii: "t"): text += "\t"
                case UInt8(ascii: "u"): text.unicodeScalars.append(try escapedScalar())
                default: throw JSONSyntaxError(offset: at - 1)
                }
                runStart = at
            case 0..<0x20:
                throw fail()
            default:
                at += 1
            }
        }
        throw fail()
    }

    /// After `\u`: four hex digits, or a surrogate pair written as two escapes.
    private mutating func escapedScalar() throws(JSONSyntaxError) -> Unicode.Scalar {
        let high = try hex4()
        if (0xD800..<0xDC00).contains(high) {
            try expect(UInt8(ascii: "\\"))
            try expect(UInt8(ascii: "u"))
            let low = try hex4()
            guard (0xDC00..<0xE000).contains(low) else { throw fail() }
            return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))!
        }
        guard let scalar = Unicode.Scalar(high) else { throw fail() }
        return scalar
    }

    private mutating func hex4() throws(JSONSyntaxError) -> UInt32 {
        guard at + 4 <= bytes.count else { throw fail() }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[at]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw fail()
            }
            value = value << 4 | UInt32(digit)
            at += 1
        }
        return value
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`; whole numbers that fit are kept exact.
    private mutating func number() throws(JSONSyntaxError) -> JSONValue {
        let start = at
        if current == UInt8(ascii: "-") { at += 1 }
        let digitsStart = at
        try digits()
        if bytes[digitsStart] == UInt8(ascii: "0"), at - digitsStart > 1 { throw JSONSyntaxError(offset: digitsStart) }
        var whole = true
        if current == UInt8(ascii: ".") {
            at += 1
            try digits()
            whole = false
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            at += 1
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { at += 1 }
            try digits()
            whole = false
        }
        let text = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<at]), as: UTF8.self)
        if whole, let integer = Int(text) { return .integer(integer) }
        guard let number = Double(text), number.isFinite else { throw JSONSyntaxError(offset: start) }
        return .number(number)
    }

    private mutating func digits() throws(JSONSyntaxError) {
        let start = at
        while let byte = current, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) { at += 1 }
        if at == start { throw fail() }
    }
}
