/// A sentence of the program's own, written in English where it is used, with the values it shows.
///
/// The English, with `%@` where each value goes (`%d` for the count that chooses a plural form), is the key to its
/// translation in `Languages/<code>.strings`, the way SwiftUI's `LocalizedStringKey` works:
/// `"Kept. \(done) of 3 parts written."` looks up `"Kept. %@ of 3 parts written."`.
public struct Phrase: ExpressibleByStringInterpolation, Hashable, Sendable {
    public let key: String
    public let values: [String]
    /// The value that chooses between plural forms (`"\(count: n) notes"`), if there is one.
    public let count: Int?

    public init(stringLiteral value: String) {
        key = Self.escaped(value)
        values = []
        count = nil
    }

    public init(stringInterpolation p: StringInterpolation) {
        key = p.key
        values = p.values
        count = p.count
    }

    /// A phrase whose English is only known at run time (a key table's help words): the text is the key.
    public init(verbatim text: String) { self.init(stringLiteral: text) }

    /// A phrase whose key names its role where the English alone would be ambiguous ("%@ %@ (month, day)").
    public init(key: String, values: [String]) {
        self.key = key
        self.values = values
        count = nil
    }

    public struct StringInterpolation: StringInterpolationProtocol {
        var key = ""
        var values: [String] = []
        var count: Int?

        public init(literalCapacity: Int, interpolationCount: Int) {
            key.reserveCapacity(literalCapacity + 2 * interpolationCount)
        }

        public mutating func appendLiteral(_ literal: String) { key += Phrase.escaped(literal) }

        public mutating func appendInterpolation<T>(_ value: T) {
            key += "%@"
            values.append("\(value)")
        }

        /// Text and numbers, most of what phrases show, as they are: through the generic one above each went through
        /// the runtime's casts to find how to print it (~800 instructions), for every phrase on every frame.
        public mutating func appendInterpolation(_ value: String) {
            key += "%@"
            values.append(value)
        }

        public mutating func appendInterpolation(_ value: Int) {
            key += "%@"
            values.append(String(value))
        }

        /// The number that picks the form: `"\(count: n) notes"` is "1 note" when n is 1, in every language's rule.
        public mutating func appendInterpolation(count n: Int) {
            key += "%d"
            values.append(String(n))
            count = n
        }
    }

    /// `%` doubled, as the format's key writes it. Checked on the bytes in place (through the view's iterator it
    /// cost ~10 instructions a byte): this runs for every phrase drawn.
    static func escaped(_ text: String) -> String {
        text.hasByte(UInt8(ascii: "%")) ? text.replacingOccurrences(of: "%", with: "%%") : text
    }
}

extension String {
    /// The byte is in the UTF-8, looked for in place (the view's iterator costs ~10 instructions a byte).
    func hasByte(_ byte: UInt8) -> Bool {
        utf8.withContiguousStorageIfAvailable { $0.contains(byte) } ?? utf8.contains(byte)
    }
}
