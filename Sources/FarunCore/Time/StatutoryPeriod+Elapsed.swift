extension StatutoryPeriod {
    /// Fraction of the period used at `today` (期限进度, for the 80% warning): the units counted in
    /// `(start, today]` over the units in the whole period, measured in the period's own unit (unpaused days,
    /// or unpaused working days). The whole period runs to `deadline.dueDate`, so roll-forward days belong to it
    /// and the due date itself reads exactly 1.0; the denominator is never less than `count`. Open pauses run
    /// to `today`. 0 on or before the start day; above 1 once the due date has passed. For `count` ≤ 0 the
    /// period is over at once: 1 from the start day on.
    public static func elapsedFraction(
        from start: LocalDate, deadline: Deadline, count: Int, unit: PeriodUnit, calendar: WorkCalendar,
        pauses: [PeriodPause], today: LocalDate
    ) -> Double {
        let paused = PauseSet(pauses, asOf: today)
        let total = max(count, units(after: start.ordinal, through: deadline.dueDate.ordinal, unit, calendar, paused))
        guard total > 0 else { return today >= start ? 1 : 0 }
        let used = units(after: start.ordinal, through: today.ordinal, unit, calendar, paused)
        return Double(used) / Double(total)
    }

    /// Units of the period in `(start, end]`.
    private static func units(
        after start: Int, through end: Int, _ unit: PeriodUnit, _ calendar: WorkCalendar, _ paused: PauseSet
    ) -> Int {
        guard end > start else { return 0 }
        let days = (start + 1)..<(end + 1)
        switch unit {
        case .calendarDays, .calendarDaysNoRollForward:
            return days.count - paused.pausedCount(in: days)
        case .workingDays:
            return days.reduce(0) { count, day in
                count + (calendar.isWorkingDay(ordinal: day) && !paused.contains(day) ? 1 : 0)
            }
        }
    }
}
