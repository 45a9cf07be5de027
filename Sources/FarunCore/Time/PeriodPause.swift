/// A clock pause (期限中止/不计入期限的时间): 补正材料, verification (核实), force majeure (不可抗力).
/// It covers the days from `start` (inclusive) to `end` (exclusive: the clock runs again on `end`, and `end`
/// itself counts). `end == nil` means still paused. A pause whose `end` is not after `start` covers no day.
public struct PeriodPause: Sendable, Hashable, Codable {
    public let start: LocalDate
    public let end: LocalDate?
    public let reason: String

    public init(start: LocalDate, end: LocalDate?, reason: String) {
        self.start = start
        self.end = end
        self.reason = reason
    }

    /// True while the pause is still running.
    public var isOpen: Bool { end == nil }
}
