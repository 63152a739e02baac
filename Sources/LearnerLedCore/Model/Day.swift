import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// A calendar day such as 2026-09-14, stored as that string: no time zone can shift it.
public struct Day: Codable, Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...Day.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD` (from its bytes: every artifact in a portfolio has one).
    public init?(_ text: String) {
        var text = text
        guard let day = text.withUTF8({ Day(utf8: UnsafeRawBufferPointer($0)) }) else { return nil }
        self = day
    }

    /// Parses `YYYY-MM-DD` from UTF-8 bytes (as a preview finds them in a file, without making a String).
    public init?(utf8: UnsafeRawBufferPointer) {
        guard utf8.count == 10, utf8[4] == UInt8(ascii: "-"), utf8[7] == UInt8(ascii: "-") else { return nil }
        // Each digit checked with one comparison (a byte below "0" wraps round to a large number).
        var bad = false
        func digit(_ i: Int) -> Int {
            let d = utf8[i] &- UInt8(ascii: "0")
            bad = bad || d > 9
            return Int(d)
        }
        let y = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3), m = digit(5) * 10 + digit(6), d = digit(8) * 10 + digit(9)
        guard !bad else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// The local calendar day of a moment, from the C library's clock: the same time zone Foundation reads (TZ, else
    /// /etc/localtime) without building a Calendar, which cost more than the rest of a start before its first frame.
    public init(_ date: Date) {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        localtime_r(&seconds, &parts)
        year = Int(parts.tm_year) + 1900
        month = Int(parts.tm_mon) + 1
        day = Int(parts.tm_mday)
    }


    public static func today() -> Day { Day(Date()) }

    public var description: String {
        func digits(_ n: Int, _ count: Int) -> String {
            let text = String(n)
            return String(repeating: "0", count: max(0, count - text.count)) + text
        }
        return digits(year, 4) + "-" + digits(month, 2) + "-" + digits(day, 2)
    }

    /// "September 2026" ("septiembre de 2026"), for grouping artifacts by month.
    public func monthTitle(_ tr: Strings = .english) -> String {
        tr(Phrase(key: "%@ %@ (month, year)", values: [tr(Day.monthNames[month - 1]), String(year)]))
    }

    /// "Sep 14" ("14 sept"), short enough for a list column. Made once per language and day: a list shows thirty
    /// of them in every frame.
    public func shortTitle(_ tr: Strings = .english) -> String {
        // The year's 372 (month, day) places for the languages last asked for: found by position, not by hashing.
        let place = (month - 1) * 31 + day - 1
        let languages = tr.identity
        if let title = Day.shortTitles.withLock({ $0.languages == languages ? $0.titles[place] : nil }) { return title }
        let title = makeShortTitle(tr)
        Day.shortTitles.withLock { cache in
            if cache.languages != languages { cache = (languages, Array(repeating: nil, count: 12 * 31)) }
            cache.titles[place] = title
        }
        return title
    }

    private func makeShortTitle(_ tr: Strings) -> String {
        tr(Phrase(key: "%@ %@ (month, day)", values: [tr(Day.shortMonthNames[month - 1]), String(day)]))
    }

    private static let shortTitles = Mutex<(languages: String, titles: [String?])>(("", Array(repeating: nil, count: 12 * 31)))

    /// "November 29, 2026" ("29 de noviembre de 2026"), for what a family reads.
    public func longTitle(_ tr: Strings = .english) -> String {
        tr(Phrase(key: "%@ %@, %@ (month, day, year)", values: [tr(Day.monthNames[month - 1]), String(day), String(year)]))
    }

    static let monthNames: [Phrase] = ["January", "February", "March", "April", "May", "June", "July", "August",
                                       "September", "October", "November", "December"]
    static let shortMonthNames: [Phrase] = ["Jan", "Feb", "Mar", "Apr", "May (short)", "Jun", "Jul", "Aug", "Sep", "Oct",
                                            "Nov", "Dec"]

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public static func < (a: Day, b: Day) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let day = Day(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "not a date like 2026-09-14"))
        }
        self = day
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}
