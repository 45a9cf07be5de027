extension StatutoryPeriod {
    /// How far past its due date a period is at `today` (超期天数), in the period's own unit: calendar days after
    /// the due date through `today`, or the working days among them. 0 on or before the due date.
    public static func unitsLate(_ deadline: Deadline, today: LocalDate, unit: PeriodUnit, calendar: WorkCalendar) -> Int {
        let due = deadline.dueDate.ordinal
        let end = today.ordinal
        guard end > due else { return 0 }
        switch unit {
        case .calendarDays, .calendarDaysNoRollForward:
            return end - due
        case .workingDays:
            return ((due + 1)...end).reduce(0) { $0 + (calendar.isWorkingDay(ordinal: $1) ? 1 : 0) }
        }
    }
}
