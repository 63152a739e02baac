import Glibc

/// A language's lines: the keys sorted by their UTF-8 bytes, each value beside its key, a key found by halving.
///
/// The built-in tables are two array literals of string literals (Scripts/embed.sh writes them), which cost nothing
/// to make: a Dictionary of English's 738 lines cost ~1 M instructions at every start, most of it hashing keys with
/// dashes and quotes through Unicode normalization. The halving compares each key's first eight bytes as one number;
/// bytes are compared only among the few keys that begin alike.
struct PhraseTable: Sendable, Equatable {
    let keys: [String]
    let values: [String]
    /// Each key's first eight bytes, big-endian, zero-padded: in the keys' order too.
    private let prefixes: [UInt64]

    /// Keys already in UTF-8 byte order, no key twice (the generated tables; a test holds them to it).
    init(sortedKeys keys: [String], values: [String]) {
        precondition(keys.count == values.count)
        self.keys = keys
        self.values = values
        prefixes = keys.map { key in
            var key = key
            return key.withUTF8(Self.prefix)
        }
    }

    init(_ lines: [String: String]) {
        let sorted = lines.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
        self.init(sortedKeys: sorted.map(\.key), values: sorted.map(\.value))
    }

    /// The keys themselves as values but at the given places: a generated table whose lines mostly say their key
    /// again (English) writes only the others.
    static func values(_ keys: [String], replacing changes: [(Int, String)]) -> [String] {
        var values = keys
        for (i, value) in changes { values[i] = value }
        return values
    }

    var count: Int { keys.count }

    /// The lines as a Dictionary (tests compare tables so).
    var dictionary: [String: String] { Dictionary(uniqueKeysWithValues: zip(keys, values)) }

    subscript(key: String) -> String? {
        var key = key
        return key.withUTF8 { wanted -> String? in
            let prefix = Self.prefix(wanted)
            // The first key whose prefix is not below the wanted one's; then the keys that begin alike, in turn.
            var low = 0
            var high = prefixes.count
            while low < high {
                let mid = (low + high) / 2
                if prefixes[mid] < prefix { low = mid + 1 } else { high = mid }
            }
            var i = low
            while i < prefixes.count, prefixes[i] == prefix {
                if Self.same(keys[i], wanted) { return values[i] }
                i += 1
            }
            return nil
        }
    }

    private static func prefix(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var prefix: UInt64 = 0
        for i in 0..<8 { prefix = prefix << 8 | UInt64(i < bytes.count ? bytes[i] : 0) }
        return prefix
    }

    private static func same(_ a: String, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var a = a
        return a.withUTF8 { a in a.count == b.count && (a.isEmpty || memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0) }
    }
}
