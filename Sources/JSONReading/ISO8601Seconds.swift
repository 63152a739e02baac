import FoundationEssentials

/// "2026-09-04T14:00:00Z", the one form JSONEncoder's `.iso8601` writes, read by arithmetic: a formatter costs
/// thousands of instructions a date, and a portfolio holds thousands of dates.
enum ISO8601Seconds {
    static func date(_ text: String) -> Date? {
        var text = text
        return text.withUTF8 { date(UnsafeRawBufferPointer($0)) }
    }

    /// The same, from the bytes between the quotes.
    static func date(_ b: UnsafeRawBufferPointer) -> Date? {
        guard b.count == 20, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"), b[10] == UInt8(ascii: "T"),
              b[13] == UInt8(ascii: ":"), b[16] == UInt8(ascii: ":"), b[19] == UInt8(ascii: "Z") else { return nil }
        // Each digit checked with one comparison (a byte below "0" wraps round to a large number).
        var bad = false
        func digit(_ i: Int) -> Int {
            let d = b[i] &- UInt8(ascii: "0")
            bad = bad || d > 9
            return Int(d)
        }
        let year = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3)
        let month = digit(5) * 10 + digit(6), day = digit(8) * 10 + digit(9)
        let hour = digit(11) * 10 + digit(12), minute = digit(14) * 10 + digit(15), second = digit(17) * 10 + digit(18)
        guard !bad, (1...12).contains(month), (1...daysIn(month, year)).contains(day),
              hour < 24, minute < 60, second < 60 else { return nil }
        let seconds = daysSince1970(year, month, day) * 86_400 + hour * 3_600 + minute * 60 + second
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    /// The whole seconds JSONEncoder's `.iso8601` writes for `date` (the fraction dropped); nil outside the years 1583
    /// to 9999: before 1583 it counts in the Julian calendar, after 9999 it writes more digits.
    static func seconds(of date: Date) -> Int? {
        let seconds = date.timeIntervalSince1970.rounded(.down)
        // 1583-01-01T00:00:00Z and 10000-01-01T00:00:00Z.
        guard seconds >= -12_212_553_600, seconds < 253_402_300_800 else { return nil }
        return Int(seconds)
    }

    /// "2026-09-04T14:00:00Z" for `seconds` (from `seconds(of:)`), appended to `bytes`.
    static func write(_ seconds: Int, to bytes: inout [UInt8]) {
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let inDay = seconds - days * 86_400
        let (year, month, day) = civil(days)
        func put(_ n: Int, _ count: Int) {
            var divisor = count == 4 ? 1_000 : 10
            while divisor > 0 {
                bytes.append(UInt8(48 + n / divisor % 10))
                divisor /= 10
            }
        }
        put(year, 4)
        bytes.append(UInt8(ascii: "-"))
        put(month, 2)
        bytes.append(UInt8(ascii: "-"))
        put(day, 2)
        bytes.append(UInt8(ascii: "T"))
        put(inDay / 3_600, 2)
        bytes.append(UInt8(ascii: ":"))
        put(inDay / 60 % 60, 2)
        bytes.append(UInt8(ascii: ":"))
        put(inDay % 60, 2)
        bytes.append(UInt8(ascii: "Z"))
    }

    /// The date `days` from 1970-01-01 (Howard Hinnant's `civil_from_days`).
    private static func civil(_ days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    private static func daysIn(_ month: Int, _ year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days from 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's `days_from_civil`).
    private static func daysSince1970(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
