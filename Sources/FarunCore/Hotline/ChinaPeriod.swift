import Foundation

/// A run of whole China dates (Beijing time), e.g. the period of a hotline report: from the first day's
/// midnight up to, not including, the midnight after the last day.
public struct ChinaPeriod: Sendable, Equatable {
    public let from: LocalDate
    public let to: LocalDate

    /// Longest period a report may ask for, so a typo cannot make the server read decades of calls.
    public static let maximumDays = 366

    public enum Problem: Error, Equatable, Sendable {
        case endsBeforeItStarts
        case tooLong
    }

    public init(from: LocalDate, to: LocalDate) throws(Problem) {
        guard from <= to else { throw .endsBeforeItStarts }
        guard from.days(until: to) < Self.maximumDays else { throw .tooLong }
        self.from = from
        self.to = to
    }

    /// One day.
    public init(day: LocalDate) {
        from = day
        to = day
    }

    /// 00:00 of `from` in China.
    public var start: Date { Self.midnight(of: from) }
    /// 00:00 of the day after `to` in China (exclusive).
    public var end: Date { Self.midnight(of: to.adding(days: 1)) }

    /// 00:00 Beijing time (UTC+8, no summer time since 1991) of `day`.
    public static func midnight(of day: LocalDate) -> Date {
        Date(timeIntervalSince1970: TimeInterval(day.ordinal * 86_400 - 8 * 3600))
    }
}
