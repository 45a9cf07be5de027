/// How the days of a period are counted (期间计算单位).
public enum PeriodUnit: String, Sendable, Codable, CaseIterable {
    /// 日（自然日）: 民法典 arts 201–203 and 民诉法 art 85. The start day is not counted; if the last day is a rest
    /// day (an ordinary weekend that is not an adjusted workday, or a holiday) the period ends on the next
    /// working day. The default for laws that only say "N日" (`day(unspecified)` in rules.csv).
    case calendarDays = "calendar"
    /// 工作日: weekends and holidays are skipped, adjusted workdays (调休上班日) count. Day 1 is the first
    /// working day after the start day.
    case workingDays = "working"
    /// 自然日（不顺延）: an agency's own service-level target; the start day is not counted and the last day
    /// never rolls forward (RULES §2).
    case calendarDaysNoRollForward = "calendar_exact"
}
