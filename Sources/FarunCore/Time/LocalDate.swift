import Foundation

/// A date without time in China (日期, Asia/Shanghai): year, month, day in the proleptic Gregorian calendar.
/// Comparable, Hashable, and Codable as the string "YYYY-MM-DD".
public struct LocalDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// The date, or nil when it does not exist (2026-02-29, month 13) or the year is outside 1…9999.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...CivilDays.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses exactly "YYYY-MM-DD" (ASCII digits, zero-padded), e.g. "2026-09-28"; nil for anything else.
    public init?(_ iso: String) {
        let bytes = Array(iso.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              let year = Self.number(bytes[0..<4]), let month = Self.number(bytes[5..<7]),
              let day = Self.number(bytes[8..<10])
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// The date `ordinal` days after 1970-01-01 (negative = before). Years outside 1…9999 are allowed here,
    /// so arithmetic never fails; such dates simply do not round-trip through `description`.
    init(ordinal: Int) {
        let civil = CivilDays.civil(fromOrdinal: ordinal)
        year = civil.year
        month = civil.month
        day = civil.day
    }

    /// Days since 1970-01-01.
    var ordinal: Int { CivilDays.ordinal(year: year, month: month, day: day) }

    /// ISO weekday: 1 = Monday … 7 = Sunday.
    public var weekday: Int {
        // 1970-01-01 was a Thursday (4).
        ((ordinal + 3) % 7 + 7) % 7 + 1
    }

    /// True for Saturday and Sunday.
    var isWeekend: Bool { weekday >= 6 }

    public func adding(days: Int) -> LocalDate {
        LocalDate(ordinal: ordinal + days)
    }

    /// Days from `self` to `other`: positive when `other` is later, 0 for the same day.
    public func days(until other: LocalDate) -> Int {
        other.ordinal - ordinal
    }

    /// The date in China for `date`, at China Standard Time (UTC+8). China has used UTC+8 without summer time
    /// since 1991; a fixed offset keeps FarunCore independent of the host's time-zone database.
    public static func inChina(_ date: Date) -> LocalDate {
        let seconds = Int((date.timeIntervalSince1970 + 8 * 3600).rounded(.down))
        return LocalDate(ordinal: seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400)
    }

    public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// "2026-09-28".
    public var description: String {
        func padded(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(padded(year, 4))-\(padded(month, 2))-\(padded(day, 2))"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = LocalDate(text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "expected a date as YYYY-MM-DD, found \(text)")
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    private static func number(_ bytes: ArraySlice<UInt8>) -> Int? {
        guard bytes.allSatisfy(ASCII.isDigit) else { return nil }
        return bytes.reduce(0) { $0 * 10 + Int($1 - 0x30) }
    }
}
