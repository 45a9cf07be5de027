import Testing
import FarunCore

/// Calendar days (民法典 201–203) and the agency's exact SLA, on the real 2025–2026 calendar.
@Suite struct StatutoryPeriodCalendarDaysTests {
    let calendar = WorkdaysFixture.calendar

    func due(_ start: String, _ count: Int, _ unit: PeriodUnit = .calendarDays) -> Deadline {
        StatutoryPeriod.due(from: WorkdaysFixture.day(start), count: count, unit: unit, calendar: calendar)
    }

    @Test func startDayIsNotCountedAndAWorkingLastDayStands() {
        // act: 2026-03-02 (Mon) + 10 → 03-12 (Thu)
        let deadline = due("2026-03-02", 10)
        // check
        #expect(deadline == Deadline(
            dueDate: WorkdaysFixture.day("2026-03-12"), isProvisional: false, pausedDays: 0, openPause: false))
        #expect(due("2026-03-02", 1).dueDate == WorkdaysFixture.day("2026-03-03"))
    }

    @Test func aLastDayInsideTheNationalDayHolidayRollsToTheFirstWorkingDayAfterIt() {
        // act: 09-28 + 7 = 10-05, inside 国庆 (10-01..10-07)
        let deadline = due("2026-09-28", 7)
        // check: 10-06 and 10-07 are holidays too; 10-08 (Thu) is the first working day
        #expect(deadline.dueDate == WorkdaysFixture.day("2026-10-08"))
        #expect(!deadline.isProvisional)
    }

    @Test func aLastDayOnAnAdjustedSaturdayDoesNotRoll() {
        // act: 10-03 + 7 = 10-10, a Saturday that is a make-up working day
        let deadline = due("2026-10-03", 7)
        // check
        #expect(deadline.dueDate == WorkdaysFixture.day("2026-10-10"))
    }

    @Test func aLastDayOnAnOrdinaryWeekendRollsToMonday() {
        // act: 10-10 + 7 = 10-17 (Sat)
        let deadline = due("2026-10-10", 7)
        // check
        #expect(deadline.dueDate == WorkdaysFixture.day("2026-10-19"))
    }

    @Test func aLastDayInTheSpringFestivalRollsPastTheWholeBlock() {
        // act: 02-10 + 7 = 02-17, inside 春节 (02-15..02-23)
        let deadline = due("2026-02-10", 7)
        // check
        #expect(deadline.dueDate == WorkdaysFixture.day("2026-02-24"))
    }

    @Test func holidaysInsideThePeriodDoNotExtendIt() {
        // act: 09-20 + 30 = 10-20 (Tue); the whole 国庆 block lies inside
        let deadline = due("2026-09-20", 30)
        // check
        #expect(deadline.dueDate == WorkdaysFixture.day("2026-10-20"))
    }

    @Test func aLastDayInAnUncoveredYearIsProvisional() {
        // act: 12-20 + 12 = 2027-01-01 (Fri); with no 2027 notice it reads as a working day, but it is a guess
        let crossing = due("2026-12-20", 12)
        let within = due("2026-12-01", 30)
        // check
        #expect(crossing.dueDate == WorkdaysFixture.day("2027-01-01"))
        #expect(crossing.isProvisional)
        #expect(within.dueDate == WorkdaysFixture.day("2026-12-31"))
        #expect(!within.isProvisional)
    }

    @Test func rollingForwardIntoAnUncoveredYearIsProvisional() {
        // act: 12-19 + 7 = 12-26 (Sat) → 12-28 (Mon) stays covered; 2027-01-02 (Sat) → 01-04 is a guess
        let covered = due("2026-12-19", 7)
        let guessed = due("2026-12-26", 7)
        // check
        #expect(covered.dueDate == WorkdaysFixture.day("2026-12-28") && !covered.isProvisional)
        #expect(guessed.dueDate == WorkdaysFixture.day("2027-01-04") && guessed.isProvisional)
    }

    @Test func theAgencysExactPeriodNeverRollsAndNeedsNoCalendar() {
        // act
        let inHoliday = due("2026-09-28", 7, .calendarDaysNoRollForward)
        let nextYear = due("2026-12-20", 12, .calendarDaysNoRollForward)
        // check
        #expect(inHoliday.dueDate == WorkdaysFixture.day("2026-10-05"))
        #expect(nextYear.dueDate == WorkdaysFixture.day("2027-01-01"))
        #expect(!nextYear.isProvisional)
    }

    @Test(arguments: [0, -1, -400])
    func aCountOfZeroOrLessIsDueOnTheStartDay(count: Int) {
        // act
        let covered = due("2026-10-01", count)
        let uncovered = due("2027-03-01", count)
        let exact = due("2027-03-01", count, .calendarDaysNoRollForward)
        let working = due("2027-03-01", count, .workingDays)
        // check: the start day is not rolled, even on a holiday
        #expect(covered == Deadline(
            dueDate: WorkdaysFixture.day("2026-10-01"), isProvisional: false, pausedDays: 0, openPause: false))
        #expect(uncovered.dueDate == WorkdaysFixture.day("2027-03-01") && uncovered.isProvisional)
        #expect(working.dueDate == WorkdaysFixture.day("2027-03-01") && working.isProvisional)
        #expect(!exact.isProvisional)
    }

    @Test func tenYearsOfCalendarDaysIsInstantAndProvisional() {
        // act
        let deadline = due("2026-01-01", 3650)
        let absurd = due("2026-01-01", .max)
        // check: 2035-12-31 is a Monday
        #expect(deadline.dueDate == WorkdaysFixture.day("2035-12-31"))
        #expect(deadline.isProvisional)
        #expect(absurd.dueDate > WorkdaysFixture.day("2250-01-01") && absurd.isProvisional)
    }
}
