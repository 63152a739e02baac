import Foundation
import Testing
@testable import JSONReading

/// JSONReader stands in for JSONDecoder with `.iso8601` dates, so every case is checked against JSONDecoder itself.
struct JSONReaderTests {
    struct Note: Codable, Equatable {
        enum Mood: String, Codable { case happy, proud }
        var title: String
        var words: String?
        var count: Int
        var ratio: Double
        var done: Bool
        var mood: Mood
        var tags: [String]
        var marks: [String: Int]
        var when: Date
        var nested: [Note]?
    }

    func foundation<T: Decodable>(_ type: T.Type, _ json: String) throws -> T {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try decoder.decode(type, from: Data(json.utf8))
    }

    func reader<T: Decodable>(_ type: T.Type, _ json: String) throws -> T {
        try JSONReader().decode(type, from: Data(json.utf8))
    }

    let note = """
        { "title": "Zoë's map 🗺 美玲", "count": 3, "ratio": 0.5, "done": true, "mood": "proud",
          "tags": ["a", "b\\n\\"c\\"", "\\u00e9\\ud83d\\ude00/\\/"], "marks": {"x": 1, "y": -2},
          "when": "2026-09-04T14:00:00Z", "unknown": {"deep": [1, 2, {"z": null}]},
          "nested": [{ "title": "", "words": null, "count": 0, "ratio": 1e3, "done": false, "mood": "happy",
                       "tags": [], "marks": {}, "when": "1999-12-31T23:59:59Z" }] }
        """

    @Test func decodesWhatJSONDecoderDecodes() throws {
        let ours = try reader(Note.self, note)
        #expect(ours == (try foundation(Note.self, note)))
        #expect(ours.tags[2] == "é😀//")
        #expect(ours.nested?.first?.ratio == 1000)
        #expect(ours.nested?.first?.words == nil)
    }

    @Test func readsDatesAsTheEncoderWritesThem() throws {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        for seconds in [0, 951_782_400, 1_790_000_000, 4_102_444_799, -86_400] as [TimeInterval] {
            let data = try encoder.encode([Date(timeIntervalSince1970: seconds)])
            #expect(try JSONReader().decode([Date].self, from: data) == [Date(timeIntervalSince1970: seconds)])
        }
        // Other ISO 8601 forms still read, through Foundation's parser.
        #expect(try reader([Date].self, #"["2026-09-04T16:00:00+02:00"]"#) == (try foundation([Date].self, #"["2026-09-04T14:00:00Z"]"#)))
        #expect(throws: DecodingError.self) { try reader([Date].self, #"["yesterday"]"#) }
    }

    @Test(arguments: [
        "", " ", "{", "[1,,]", "[,]", "{,}", "{\"a\":1,,}", "{'a':1}", "[01]", "[1.]", "[.5]", "[-]", "[1e]", "tru", "[\"\\x\"]",
        "[\"a\nb\"]", "[\"\\ud83d\"]", "{} {}", "[1] x", "nul", "[\"abc", "[\"\\u12\"]", "[1e400]",
    ])
    func refusesWhatIsNotJSON(_ text: String) throws {
        #expect(throws: (any Error).self) { try foundation([Int].self, text) }
        let error = try #require(throws: DecodingError.self) { try reader([Int].self, text) }
        guard case .dataCorrupted(let context) = error else { Issue.record("not dataCorrupted: \(error)"); return }
        #expect(context.codingPath.isEmpty)
    }

    /// JSONDecoder takes one trailing comma; a file it read must still be read.
    @Test func takesATrailingCommaAsJSONDecoderDoes() throws {
        struct A: Decodable, Equatable { var a: [Int] }
        for text in [#"{"a": [1, 2,]}"#, #"{"a": [1],}"#, #"{"a": [1, 2 , ] , }"#] {
            #expect(try reader(A.self, text) == (try foundation(A.self, text)), "\(text)")
        }
    }

    /// Strings are read eight bytes at a time until something needs a look: a quote, an escape, a control byte or
    /// a non-ASCII letter at every place in strings of every length ends up where JSONDecoder puts it.
    @Test func aStringReadsTheSameWhereverItsSpecialByteFalls() throws {
        for length in 0..<20 {
            for place in 0...length {
                for special in [#"\""#, #"\\"#, "\\n", "é", "美", "\u{7F}", "~", "😀"] {
                    let body = String(repeating: "a", count: place) + special + String(repeating: "b", count: length - place)
                    let text = "[\"" + body + "\", \"x\"]"
                    #expect(try reader([String].self, text) == (try foundation([String].self, text)), "\(text)")
                }
                let raw = "[\"" + String(repeating: "c", count: place) + "\u{01}" + String(repeating: "d", count: length - place) + "\"]"
                #expect(throws: DecodingError.self) { try reader([String].self, raw) }
            }
        }
        #expect(JSONParser.plain(0x6867_6665_6463_6261) && !JSONParser.plain(0x6867_6665_2263_6261))
    }

    /// A big document's parsed values are freed on another thread; what was decoded from them shares their
    /// strings and must be whole after that.
    @Test func whatABigDocumentGaveIsWholeAfterItsValuesAreFreed() async throws {
        let words = (0..<40_000).map { "Zoë's map of the river, part \($0) — 美玲" }
        let data = try JSONEncoder().encode(words)
        #expect(data.count >= JSONReader.freedAside)
        let read = try JSONReader().decode([String].self, from: data)
        try await Task.sleep(for: .milliseconds(200))
        #expect(read == words)
    }

    /// Parked values (the terminal program frees them after its frame) keep what was decoded whole, before and after.
    @Test func parkedValuesAreFreedLaterAndWhatWasReadStaysWhole() async throws {
        let words = (0..<2_000).map { "Nguyễn's poem, part \($0) — 美玲" }
        let data = try JSONEncoder().encode(words)
        JSONReader.parkFrees()
        defer { JSONReader.parkFrees(false) }
        let read = try JSONReader().decode([String].self, from: data)
        #expect(read == words)
        #expect(JSONReader.parkedCount >= 1, "kept for later")
        JSONReader.freeParked()
        try await Task.sleep(for: .milliseconds(100))
        #expect(read == words)
        // Freed here and now (between the students of a class): the same.
        let again = try JSONReader().decode([String].self, from: data)
        JSONReader.freeParkedNow()
        #expect(again == words && read == words)
    }

    @Test func refusesBytesThatAreNotUTF8() throws {
        let data = Data([0x5B, 0x22, 0xC3, 0x28, 0x22, 0x5D])  // ["\xC3("]
        #expect(throws: DecodingError.self) { try JSONReader().decode([String].self, from: data) }
    }

    @Test func refusesNestingTooDeepInsteadOfCrashing() throws {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(throws: DecodingError.self) { try reader([Int].self, deep) }
    }

    /// The errors say what is wrong and where, as JSONDecoder's do (the store turns them into messages).
    @Test func errorsCarryTheirPath() throws {
        func path(_ error: DecodingError) -> String {
            let context: DecodingError.Context
            switch error {
            case .keyNotFound(let key, let c): return c.codingPath.map(\.stringValue).joined(separator: ".") + " missing " + key.stringValue
            case .typeMismatch(_, let c): context = c
            case .valueNotFound(_, let c): context = c
            case .dataCorrupted(let c): context = c
            @unknown default: return "?"
            }
            return context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
        }
        let missing = note.replacingOccurrences(of: #""count": 0,"#, with: "")
        let wrongType = note.replacingOccurrences(of: #""count": 0,"#, with: #""count": "0","#)
        let badEnum = note.replacingOccurrences(of: #""mood": "happy""#, with: #""mood": "sad""#)
        let nullCount = note.replacingOccurrences(of: #""count": 0,"#, with: #""count": null,"#)
        for json in [missing, wrongType, badEnum, nullCount] {
            let theirs = try #require(throws: DecodingError.self) { try foundation(Note.self, json) }
            let ours = try #require(throws: DecodingError.self) { try reader(Note.self, json) }
            #expect(path(ours) == path(theirs), "\(ours) \(theirs)")
            #expect(String(describing: ours).prefix(16) == String(describing: theirs).prefix(16), "\(json)")
        }
        // JSONDecoder calls a number too big for an Int "not valid JSON"; this one says where it is.
        let tooBig = note.replacingOccurrences(of: #""count": 0,"#, with: #""count": 1e30,"#)
        #expect(path(try #require(throws: DecodingError.self) { try reader(Note.self, tooBig) }) == "nested.0.count")
    }

    @Test func numbersKeepTheirValue() throws {
        let json = "[0, -0, 9223372036854775807, -9223372036854775808, 1.5, -2.25e-3, 3E2, 1e0]"
        #expect(try reader([Double].self, json) == (try foundation([Double].self, json)))
        #expect(try reader([Int64].self, "[9223372036854775807, 300, 3.0]") == [Int64.max, 300, 3])
        #expect(throws: DecodingError.self) { try reader([UInt8].self, "[300]") }
        #expect(throws: DecodingError.self) { try reader([Int].self, "[1.5]") }
    }

    @Test func aRepeatedKeyKeepsTheLastValue() throws {
        #expect(try reader([String: Int].self, #"{"a": 1, "a": 2}"#) == ["a": 2])
        struct One: Decodable { var a: Int }
        #expect(try reader(One.self, #"{"a": 1, "a": 2}"#).a == 2)
    }
}
