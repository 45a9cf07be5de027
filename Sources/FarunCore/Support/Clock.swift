import Foundation

/// The source of "now" (时钟). FarunCore never reads the wall clock; the app passes a system clock and
/// tests pass a `FixedClock`. Named so as not to clash with the standard library's `Clock`.
public protocol FarunClock: Sendable {
    func now() -> Date
}

/// A clock that always says `date`, for tests.
public struct FixedClock: FarunClock {
    public var date: Date

    public init(_ date: Date) {
        self.date = date
    }

    public init(date: Date) {
        self.date = date
    }

    public func now() -> Date { date }

    /// Moves the clock forward (or back, for a negative interval).
    public mutating func advance(by interval: TimeInterval) {
        date += interval
    }
}
