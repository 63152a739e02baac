import Foundation
import JSONReading

/// How each slot looks: a 256-colour value, an 8-colour fallback, and attributes (which also carry the
/// monochrome theme alone).
public struct SlotStyle: Codable, Equatable, Sendable {
    public enum Color8: String, Codable, Sendable {
        case `default`, black, red, green, yellow, blue, magenta, cyan, white
    }

    public enum Attribute: String, Codable, Sendable {
        case bold, dim, underline, reverse, italic
    }

    /// 0–255, or nil for the terminal's own colour.
    public var fg: Int?
    public var bg: Int?
    public var fg8: Color8
    public var bg8: Color8
    public var attrs: [Attribute]

    public init(fg: Int? = nil, bg: Int? = nil, fg8: Color8 = .default, bg8: Color8 = .default, attrs: [Attribute] = []) {
        self.fg = fg
        self.bg = bg
        self.fg8 = fg8
        self.bg8 = bg8
        self.attrs = attrs
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        fg = try c.decodeIfPresent(Int.self, forKey: .fg)
        bg = try c.decodeIfPresent(Int.self, forKey: .bg)
        fg8 = try c.decodeIfPresent(Color8.self, forKey: .fg8) ?? .default
        bg8 = try c.decodeIfPresent(Color8.self, forKey: .bg8) ?? .default
        attrs = try c.decodeIfPresent([Attribute].self, forKey: .attrs) ?? []
        for (value, key) in [(fg, CodingKeys.fg), (bg, .bg)] where value.map({ !(0...255).contains($0) }) ?? false {
            throw DecodingError.dataCorruptedError(forKey: key, in: c, debugDescription: "a colour must be 0 to 255")
        }
    }
}

/// A named set of slot styles.
public struct Theme: Equatable, Sendable {
    public var name: String
    public var description: String
    public var styles: [Slot: SlotStyle]

    public func style(_ slot: Slot) -> SlotStyle { styles[slot] ?? styles[.text] ?? SlotStyle() }

    struct File: Decodable {
        var name: String
        var description: String?
        var slots: [String: SlotStyle]
    }

    /// Parses a theme file. Unknown slot names are errors (they are almost always typos); slots left out
    /// take the default theme's style.
    public static func parse(_ data: Data, fallback: Theme?) throws -> Theme {
        let file: File
        do {
            file = try JSONReader(fastPaths: [JSONReader.FastPath(File.self, File.init(json:))]).decode(File.self, from: data)
        } catch let error as DecodingError {
            throw ThemeError(problem: Self.describe(error))
        } catch {
            throw ThemeError(problem: "not valid JSON")
        }
        var styles = fallback?.styles ?? [:]
        for (key, style) in file.slots {
            guard let slot = Slot(rawValue: key) else { throw ThemeError(problem: "unknown slot \"\(key)\"") }
            styles[slot] = style
        }
        if fallback == nil, let missing = Slot.allCases.first(where: { styles[$0] == nil }) {
            throw ThemeError(problem: "missing slot \"\(missing.rawValue)\"")
        }
        guard !file.name.isEmpty else { throw ThemeError(problem: "the name is empty") }
        return Theme(name: file.name, description: file.description ?? "", styles: styles)
    }

    public struct ThemeError: Error, Equatable {
        public var problem: String
    }

    static func describe(_ error: DecodingError) -> String {
        switch error {
        case .keyNotFound(let key, _): return "missing \"\(key.stringValue)\""
        case .typeMismatch(_, let c), .valueNotFound(_, let c):
            return "a wrong value at \(c.codingPath.map(\.stringValue).joined(separator: "."))"
        case .dataCorrupted(let c) where !c.codingPath.isEmpty:
            return "\(c.debugDescription) at \(c.codingPath.map(\.stringValue).joined(separator: "."))"
        default: return "not valid JSON"
        }
    }

    /// The compiled-in default, identical to Themes/classic.json.
    public static let classic: Theme = builtIn("classic")
    public static let monochrome: Theme = builtIn("monochrome")

    static func builtIn(_ name: String) -> Theme {
        let json = BuiltInThemes.files.first { $0.name == name }!.text
        // Data from an Array: from the String's view it went through a dynamic cast (~0.3 M instructions, first use).
        return try! parse(Data(Array(json.utf8)), fallback: nil)
    }
}

// Read straight from the parsed JSON: a theme is read before every first frame, and Codable's first use of these
// types cost more than the rest of drawing it. Anything unusual (a colour out of range, a word that is no colour)
// gives up, and Codable reads it and names the problem.
extension Theme.File {
    init?(json o: JSONObject) {
        guard let name = o.string("name"), let slots = o.object("slots")?.objectMembers,
              let description = o.optional("description", o.string) else { return nil }
        var styles: [String: SlotStyle] = [:]
        for (key, value) in slots {
            guard let style = SlotStyle(json: value) else { return nil }
            styles[key] = style
        }
        self.init(name: name, description: description, slots: styles)
    }
}

extension SlotStyle {
    init?(json o: JSONObject) {
        let colour = { (key: String) -> Int? in o.integer(key).flatMap { (0...255).contains($0) ? $0 : nil } }
        let colour8 = { (key: String) -> Color8? in o.string(key).flatMap(Color8.init(rawValue:)) }
        let attributes = { (key: String) -> [Attribute]? in
            guard let words = o.stringList(key) else { return nil }
            let attributes = words.compactMap(Attribute.init(rawValue:))
            return attributes.count == words.count ? attributes : nil
        }
        guard let fg = o.optional("fg", colour), let bg = o.optional("bg", colour), let fg8 = o.optional("fg8", colour8),
              let bg8 = o.optional("bg8", colour8), let attrs = o.optional("attrs", attributes) else { return nil }
        self.init(fg: fg, bg: bg, fg8: fg8 ?? .default, bg8: bg8 ?? .default, attrs: attrs ?? [])
    }
}
