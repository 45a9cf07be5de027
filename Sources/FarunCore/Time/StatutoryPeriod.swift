/// 法定期限计算: the one calculator every deadline in Farun uses (RULES §2).
///
/// Counting, for `count` ≥ 1:
/// - The start day is never counted; day 1 is the day after `start`.
/// - `.calendarDays` / `.calendarDaysNoRollForward`: the last day is the `count`-th unpaused day after `start`.
///   For `.calendarDays` a last day that is a rest day, or paused, moves to the next working, unpaused day.
/// - `.workingDays`: the last day is the `count`-th working, unpaused day after `start`.
///
/// Pauses (`PeriodPause`): a paused day never counts. Pauses cover `[start, end)`; days on or before the
/// period's start are ignored, so a pause that ends before the period begins changes nothing, and one that
/// straddles the start only removes the days after it. Overlapping or touching pauses are merged first, so a
/// day counts as paused once. An open pause (`end == nil`) covers `[pause.start, asOf)`, i.e. the due date
/// "if the clock resumes on `asOf`"; without `asOf` it covers nothing. `openPause` is set when an open pause
/// starts on or before the resulting due date.
///
/// Provisional (待定): set when the calendar was asked about a day in a year it does not cover: for
/// `.calendarDays` the last day and any roll-forward days, for `.workingDays` every day walked. Calendar days
/// are counted without the calendar, and `.calendarDaysNoRollForward` never consults it, so those are only
/// provisional through the days the calendar actually decides.
///
/// `count` ≤ 0: the due date is `start` itself (provisional when `start`'s year is not covered, except for
/// `.calendarDaysNoRollForward`). Counts above `maximumCount` are treated as `maximumCount`.
public enum StatutoryPeriod {
    /// The largest count honoured (about 270 years of days), so absurd input cannot overflow or spin.
    public static let maximumCount = 100_000

    public static func due(
        from start: LocalDate, count: Int, unit: PeriodUnit, calendar: WorkCalendar,
        pauses: [PeriodPause] = [], asOf today: LocalDate? = nil
    ) -> Deadline {
        let paused = PauseSet(pauses, asOf: today)
        let first = start.ordinal
        let result: (last: Int, provisional: Bool, pausedDays: Int)
        if count <= 0 {
            result = (first, unit != .calendarDaysNoRollForward && !calendar.covers(start.year), 0)
        } else {
            let n = min(count, maximumCount)
            switch unit {
            case .calendarDays, .calendarDaysNoRollForward:
                result = calendarDays(after: first, n, rollForward: unit == .calendarDays, calendar, paused)
            case .workingDays:
                result = workingDays(after: first, n, calendar, paused)
            }
        }
        let dueDate = LocalDate(ordinal: result.last)
        return Deadline(
            dueDate: dueDate, isProvisional: result.provisional, pausedDays: result.pausedDays,
            openPause: pauses.contains { $0.isOpen && $0.start <= dueDate })
    }

    private static func calendarDays(
        after start: Int, _ n: Int, rollForward: Bool, _ calendar: WorkCalendar, _ paused: PauseSet
    ) -> (last: Int, provisional: Bool, pausedDays: Int) {
        var last = paused.nthUnpausedDay(after: start, n)
        var provisional = false
        if rollForward {
            var year = YearTracker(at: last)
            while true {
                if let pause = paused.range(containing: last) {
                    last = pause.upperBound
                    continue
                }
                if !calendar.covers(year.year(of: last)) { provisional = true }
                if calendar.isWorkingDay(ordinal: last) { break }
                last += 1
            }
        }
        return (last, provisional, paused.pausedCount(in: (start + 1)..<(last + 1)))
    }

    private static func workingDays(
        after start: Int, _ n: Int, _ calendar: WorkCalendar, _ paused: PauseSet
    ) -> (last: Int, provisional: Bool, pausedDays: Int) {
        var day = start
        var remaining = n
        var provisional = false
        var pausedDays = 0
        var year = YearTracker(at: start + 1)
        while remaining > 0 {
            day += 1
            if !provisional, !calendar.covers(year.year(of: day)) { provisional = true }
            guard calendar.isWorkingDay(ordinal: day) else { continue }
            if paused.contains(day) {
                pausedDays += 1
            } else {
                remaining -= 1
            }
        }
        return (day, provisional, pausedDays)
    }
}
