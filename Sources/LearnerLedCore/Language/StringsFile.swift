import Glibc
import JSONReading

/// The `.strings` format: `"key" = "value";` lines, `/* */` and `//` comments, `\"`, `\\`, `\n` and `\t` escapes.
///
/// The reading Scripts/embed.sh's generated tables are held to (a session uses those, built into the binary): the
/// tests read every file in Languages with it and require the same lines.
public struct StringsFile: Sendable {
    public var table: [String: String] = [:]
    /// Keys in file order, and any line that could not be read (by line number).
    public var keys: [String] = []
    public var problems: [Int] = []

    public static func parse(_ text: String) -> StringsFile {
        var file = StringsFile()
        var copy = text
        copy.withUTF8 { bytes in
            // One entry a line at most: room made once, not grown (and every key hashed again) ten times.
            let lines = bytes.reduce(into: 1) { n, byte in if byte == UInt8(ascii: "\n") { n += 1 } }
            file.table.reserveCapacity(lines)
            file.keys.reserveCapacity(lines)
            var reader = Reader(bytes: bytes)
            while let line = reader.nextEntryLine() {
                // Most English lines say the key again ("Kept." = "Kept."): the value is then the key's String.
                guard let key = reader.quoted(), case let keyBytes = reader.plain, reader.skip(UInt8(ascii: "=")),
                      let value = reader.quoted(sameAs: keyBytes.map { ($0, key) }), reader.skip(UInt8(ascii: ";")) else {
                    file.problems.append(line)
                    reader.skipLine()
                    continue
                }
                if file.table.updateValue(value, forKey: key) == nil { file.keys.append(key) }
            }
        }
        return file
    }

    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var i = 0
        var line = 1

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        /// Past blanks and comments to the next entry; its line number, or nil at the end.
        mutating func nextEntryLine() -> Int? {
            while i < bytes.count {
                switch bytes[i] {
                case UInt8(ascii: "\n"): line += 1; i += 1
                case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"): i += 1
                case UInt8(ascii: "/") where i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: "/"): skipLine()
                case UInt8(ascii: "/") where i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: "*"):
                    i += 2
                    while i < bytes.count, !(bytes[i] == UInt8(ascii: "*") && i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: "/")) {
                        if bytes[i] == UInt8(ascii: "\n") { line += 1 }
                        i += 1
                    }
                    i += 2
                default: return line
                }
            }
            return nil
        }

        mutating func skipLine() {
            while i < bytes.count, bytes[i] != UInt8(ascii: "\n") { i += 1 }
        }

        mutating func skipSpaces() {
            while i < bytes.count, bytes[i] == UInt8(ascii: " ") || bytes[i] == UInt8(ascii: "\t") { i += 1 }
        }

        /// The punctuation expected next (after spaces), consumed.
        mutating func skip(_ c: UInt8) -> Bool {
            skipSpaces()
            guard i < bytes.count, bytes[i] == c else { return false }
            i += 1
            return true
        }

        /// The first quote, backslash or line end from `start`, eight bytes at a time; the languages' files are read
        /// before every first frame.
        func stop(from start: Int) -> Int {
            var end = start
            while end + 8 <= bytes.count {
                let word = UnsafeRawPointer(bytes.baseAddress! + end).loadUnaligned(as: UInt64.self)
                let found = ByteWord.equal(word, UInt8(ascii: "\"")) | ByteWord.equal(word, UInt8(ascii: "\\"))
                    | ByteWord.equal(word, UInt8(ascii: "\n"))
                if found != 0 { return end + ByteWord.first(found) }
                end += 8
            }
            while end < bytes.count, bytes[end] != UInt8(ascii: "\""), bytes[end] != UInt8(ascii: "\\"),
                  bytes[end] != UInt8(ascii: "\n") { end += 1 }
            return end
        }

        /// Where the last quoted string's bytes were, when it had no escape.
        var plain: Range<Int>?

        /// A quoted string (after spaces), unescaped; nil if there is none or it does not end on this line.
        /// Most have no escape and become a String straight from the bytes — or are `sameAs`'s String, when their
        /// bytes are the same.
        mutating func quoted(sameAs earlier: (bytes: Range<Int>, string: String)? = nil) -> String? {
            plain = nil
            guard skip(UInt8(ascii: "\"")) else { return nil }
            let end = stop(from: i)
            if end < bytes.count, bytes[end] == UInt8(ascii: "\"") {
                defer { i = end + 1 }
                plain = i..<end
                if let earlier, earlier.bytes.count == end - i,
                   memcmp(bytes.baseAddress! + earlier.bytes.lowerBound, bytes.baseAddress! + i, end - i) == 0 {
                    return earlier.string
                }
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<end]), as: UTF8.self)
            }
            var out: [UInt8] = []
            while i < bytes.count {
                let c = bytes[i]
                i += 1
                switch c {
                case UInt8(ascii: "\""): return String(decoding: out, as: UTF8.self)
                case UInt8(ascii: "\n"): i -= 1; return nil
                case UInt8(ascii: "\\") where i < bytes.count:
                    let e = bytes[i]
                    i += 1
                    out.append(e == UInt8(ascii: "n") ? UInt8(ascii: "\n") : e == UInt8(ascii: "t") ? UInt8(ascii: "\t") : e)
                default: out.append(c)
                }
            }
            return nil
        }
    }
}
