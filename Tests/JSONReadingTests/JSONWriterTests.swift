import Foundation
import Testing
@testable import JSONReading

/// `JSONWriter` writes what JSONEncoder writes with the store's settings, byte for byte: the files on disk must not
/// change with the writer that wrote them.
struct JSONWriterTests {
    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }

    static func expectSame<T: Encodable>(_ value: T, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let expected = String(decoding: try encoder().encode(value), as: UTF8.self)
        let written = String(decoding: try JSONWriter().encode(value), as: UTF8.self)
        #expect(written == expected, sourceLocation: sourceLocation)
    }

    enum Mood: String, Codable { case happy, sad = "sad 😢" }

    struct Inner: Codable, Equatable {
        var word: String
        var at: Date
        var maybe: Int?
    }

    struct Everything: Codable {
        var text: String
        var flag: Bool
        var small: Int8
        var big: UInt64
        var negative: Int
        var mood: Mood
        var inner: Inner
        var absent: Inner?
        var list: [Inner]
        var empty: [Int]
        var emptyObject: [String: Int]
        var byName: [String: Int]
        var nested: [[String]]
        var optionals: [Int?]
        // Keys that sort differently by bytes and by dictionary order: capitals before small letters, "é" last.
        var Zed: Int
        var alpha: Int
        var éclair: Int
        var a_b: Int
        var a: Int
    }

    static func everything(_ text: String, at: Date) -> Everything {
        Everything(text: text, flag: true, small: -128, big: .max, negative: .min, mood: .sad,
                   inner: Inner(word: text, at: at, maybe: nil), absent: nil,
                   list: [Inner(word: "a", at: at, maybe: 3), Inner(word: "", at: Date(timeIntervalSince1970: 0), maybe: nil)],
                   empty: [], emptyObject: [:], byName: ["b": 1, "B": 2, "a": 3, "ä": 4, "aa": 5, "": 6],
                   nested: [[], ["x", "y/z"]], optionals: [1, nil, 2], Zed: 1, alpha: 2, éclair: 3, a_b: 4, a: 5)
    }

    @Test func everyKindOfValueIsWrittenAsJSONEncoderWritesIt() throws {
        try Self.expectSame(Self.everything("Zoë 美玲 \"quoted\" back\\slash /slash/ tab\t new\nline \u{1} \u{1f} \u{7f} \u{2028}",
                                            at: Date(timeIntervalSince1970: 1_795_000_000.75)))
        try Self.expectSame([1, 2, 3])
        try Self.expectSame("top-level string")
        try Self.expectSame([String: [Int]]())
        try Self.expectSame([Inner]())
    }

    @Test func everyCharacterIsEscapedAsJSONEncoderEscapesIt() throws {
        let all = String(String.UnicodeScalarView((0..<0x300).compactMap(Unicode.Scalar.init)))
        try Self.expectSame([all, "👩‍👩‍👧 é e\u{301} \u{fffd} \u{10ffff}"])
    }

    /// Whole seconds, the fraction dropped, before 1970 too, at the ends of days, years and leap years; from 1583, the
    /// first whole year of the Gregorian calendar (JSONEncoder writes earlier dates in the Julian one).
    @Test func datesAreWrittenAsTheISO8601StrategyWritesThem() throws {
        var generator = SystemRandomNumberGenerator()
        var seconds: [Double] = [0, -1, -0.25, 0.999_999, 86_399.5, 951_782_399.9, 951_782_400, 1_709_164_799.99,
                                 -12_212_553_600, 253_402_300_799, 1_795_000_000.000_1]
        for _ in 0..<2_000 { seconds.append(Double.random(in: -12_212_553_600...253_402_300_799, using: &generator)) }
        let inners = seconds.map { Inner(word: "", at: Date(timeIntervalSince1970: $0), maybe: nil) }
        try Self.expectSame(inners)
    }

    @Test func whatItDoesNotWriteAsJSONEncoderIsRefused() {
        #expect(throws: JSONWriter.Unsupported.self) { try JSONWriter().encode([1.5]) }
        #expect(throws: JSONWriter.Unsupported.self) { try JSONWriter().encode(["a": Data([1])]) }
        #expect(throws: JSONWriter.Unsupported.self) { try JSONWriter().encode([Date(timeIntervalSince1970: 3e11)]) }
        #expect(throws: JSONWriter.Unsupported.self) { try JSONWriter().encode([Date(timeIntervalSince1970: -12_212_553_601)]) }
    }

    final class Base: Encodable {
        var name = "base"
    }

    final class Derived: Encodable {
        let base = Base()
        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode("derived", forKey: .own)
            try base.encode(to: container.superEncoder())
            try base.encode(to: container.superEncoder(forKey: .parent))
        }
        enum CodingKeys: String, CodingKey { case own, parent }
    }

    @Test func superEncodersWriteWhereJSONEncoderPutsThem() throws {
        try Self.expectSame(Derived())
    }

    struct Nothing: Encodable {
        func encode(to encoder: Encoder) throws {}
    }

    /// A value that writes nothing is written as JSONEncoder writes it.
    @Test func aValueThatWritesNothing() throws {
        try Self.expectSame([Nothing(), Nothing()])
        try Self.expectSame(["empty": Nothing()])
    }
}

extension JSONWriterTests {
    struct Twice: Encodable {
        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: AnyKey.self)
            try container.encode(1, forKey: AnyKey("b"))
            try container.encode("first", forKey: AnyKey("a"))
            try container.encode(2, forKey: AnyKey("c"))
            try container.encode("last", forKey: AnyKey("a"))
        }
    }

    struct AnyKey: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }
        init(_ name: String) { stringValue = name }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    /// A key written twice keeps its last value, once; objects of one kind written many times keep their order.
    @Test func aKeyWrittenTwiceIsWrittenOnceWithItsLastValue() throws {
        try Self.expectSame(Twice())
        try Self.expectSame([Twice(), Twice()])
        try Self.expectSame((0..<40).map { ["k\($0)": $0, "a": 1] })
    }
}

extension JSONWriterTests {
    struct Refuses: Encodable {
        func encode(to encoder: Encoder) throws {
            throw EncodingError.invalidValue(0, .init(codingPath: encoder.codingPath, debugDescription: "no"))
        }
    }

    struct Holder: Encodable {
        var list: [[String: Refuses]]
    }

    static func path(_ error: Error) -> [String] {
        guard case EncodingError.invalidValue(_, let context)? = error as? EncodingError else { return ["not an EncodingError"] }
        return context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
    }

    /// An error names the place of the value that threw, as JSONEncoder's does.
    @Test func anErrorSaysWhereItWas() throws {
        let value = Holder(list: [[:], ["key": Refuses()]])
        let expected = #expect(throws: EncodingError.self) { try Self.encoder().encode(value) }
        let written = #expect(throws: EncodingError.self) { try JSONWriter().encode(value) }
        let want = Self.path(try #require(expected))
        #expect(want == ["list", "[1]", "key"])
        #expect(Self.path(try #require(written)) == want)
    }
}
