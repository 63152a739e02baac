import Glibc

/// A language's lines: the keys sorted by their UTF-8 bytes, each value beside its key, a key found by halving.
///
/// The built-in tables are two array literals of string literals (Scripts/embed.sh writes them), which cost nothing
/// to make: a Dictionary of English's 738 lines cost ~1 M instructions at every start, most of it hashing keys with
/// dashes and quotes through Unicode normalization. A lookup compares bytes ~10 times, as cheap as hashing the key.
struct PhraseTable: Sendable, Equatable {
    let keys: [String]
    let values: [String]

    /// Keys already in UTF-8 byte order, no key twice (the generated tables; a test holds them to it).
    init(sortedKeys keys: [String], values: [String]) {
        precondition(keys.count == values.count)
        self.keys = keys
        self.values = values
    }

    init(_ lines: [String: String]) {
        let sorted = lines.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
        self.init(sortedKeys: sorted.map(\.key), values: sorted.map(\.value))
    }

    var count: Int { keys.count }

    /// The lines as a Dictionary (tests compare tables so).
    var dictionary: [String: String] { Dictionary(uniqueKeysWithValues: zip(keys, values)) }

    subscript(key: String) -> String? {
        var key = key
        return key.withUTF8 { wanted -> String? in
            var low = 0
            var high = keys.count
            while low < high {
                let mid = (low + high) / 2
                let order = Self.order(keys[mid], wanted)
                if order == 0 { return values[mid] }
                if order < 0 { low = mid + 1 } else { high = mid }
            }
            return nil
        }
    }

    /// Negative, zero or positive as `a`'s UTF-8 bytes come before, equal or after `b`.
    private static func order(_ a: String, _ b: UnsafeBufferPointer<UInt8>) -> Int {
        var a = a
        return a.withUTF8 { a in
            let common = min(a.count, b.count)
            let compared = common == 0 ? 0 : memcmp(a.baseAddress!, b.baseAddress!, common)
            return compared != 0 ? Int(compared) : a.count - b.count
        }
    }
}
