/// What an official holiday notice (放假安排通知) says about one date.
public enum CalendarDayKind: String, Sendable, Codable, CaseIterable {
    /// 法定节假日: a day inside an official holiday block, weekend days within the block included.
    case holiday
    /// 调休上班日: a Saturday or Sunday that is a working day.
    case workdayAdjusted = "workday_adjusted"
}

/// One row of the working-day calendar (工作日历条目), e.g. 2026-10-10 workday_adjusted 国庆节.
public struct CalendarEntry: Sendable, Hashable, Codable {
    public let date: LocalDate
    public let kind: CalendarDayKind
    /// The holiday's name, e.g. "春节".
    public let name: String

    public init(date: LocalDate, kind: CalendarDayKind, name: String) {
        self.date = date
        self.kind = kind
        self.name = name
    }
}
