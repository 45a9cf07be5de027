import Testing
import FarunCore

/// How much of a period is used (期限进度), for the 80% warning.
@Suite struct StatutoryPeriodElapsedTests {
    let calendar = WorkdaysFixture.calendar

    func fraction(
        _ start: String, _ count: Int, _ unit: PeriodUnit, today: String, pauses: [PeriodPause] = []
    ) -> Double {
        let from = WorkdaysFixture.day(start)
        let deadline = StatutoryPeriod.due(
            from: from, count: count, unit: unit, calendar: calendar, pauses: pauses,
            asOf: WorkdaysFixture.day(today))
        return StatutoryPeriod.elapsedFraction(
            from: from, deadline: deadline, count: count, unit: unit, calendar: calendar, pauses: pauses,
            today: WorkdaysFixture.day(today))
    }

    @Test func calendarDaysUsedOverThePeriod() {
        // check: 03-02 + 10 → 03-12
        #expect(fraction("2026-03-02", 10, .calendarDays, today: "2026-03-01") == 0)
        #expect(fraction("2026-03-02", 10, .calendarDays, today: "2026-03-02") == 0)
        #expect(fraction("2026-03-02", 10, .calendarDays, today: "2026-03-10") == 0.8)
        #expect(fraction("2026-03-02", 10, .calendarDays, today: "2026-03-12") == 1)
        #expect(fraction("2026-03-02", 10, .calendarDays, today: "2026-03-17") == 1.5)
    }

    @Test func rollForwardDaysBelongToThePeriodSoTheDueDateReadsOne() {
        // check: 09-28 + 7 rolls to 10-08, a period of 10 days; on 10-05 (the 7th day) 70% is used
        #expect(fraction("2026-09-28", 7, .calendarDays, today: "2026-10-05") == 0.7)
        #expect(fraction("2026-09-28", 7, .calendarDays, today: "2026-10-08") == 1)
        #expect(fraction("2026-09-28", 7, .calendarDaysNoRollForward, today: "2026-10-05") == 1)
    }

    @Test func workingDayPeriodsCountOnlyWorkingDays() {
        // check: 15 working days from 02-10 (→ 03-09); by 02-24 five are used (11, 12, 13, 14*, 24)
        #expect(fraction("2026-02-10", 15, .workingDays, today: "2026-02-24") == 5.0 / 15)
        #expect(fraction("2026-02-10", 15, .workingDays, today: "2026-02-22") == 4.0 / 15)
        #expect(fraction("2026-02-10", 15, .workingDays, today: "2026-03-09") == 1)
    }

    @Test func pausedDaysAreNotUsed() {
        // setup
        let pause = PeriodPause(
            start: WorkdaysFixture.day("2026-03-05"), end: WorkdaysFixture.day("2026-03-09"), reason: "核实")
        let open = PeriodPause(start: WorkdaysFixture.day("2026-03-05"), end: nil, reason: "核实")
        // check: by 03-08 only 03-03 and 03-04 ran; by 03-14 (due 03-16) 8 of 10 days ran; an open pause is
        // read as resuming today, so on 03-20 the days 03-03, 03-04 and 03-20 ran
        #expect(fraction("2026-03-02", 10, .calendarDays, today: "2026-03-08", pauses: [pause]) == 0.2)
        #expect(fraction("2026-03-02", 10, .calendarDays, today: "2026-03-14", pauses: [pause]) == 0.8)
        #expect(fraction("2026-03-02", 10, .calendarDays, today: "2026-03-20", pauses: [open]) == 0.3)
    }

    @Test func aZeroLengthPeriodIsUsedUpAtOnce() {
        // check
        #expect(fraction("2026-03-02", 0, .calendarDays, today: "2026-03-02") == 1)
        #expect(fraction("2026-03-02", 0, .workingDays, today: "2026-03-01") == 0)
    }
}
