import Foundation
import Testing
import FarunCore

/// Working days (工作日: 公证法 art 30, 行政复议法 art 88 …) on the real 2025–2026 calendar.
@Suite struct StatutoryPeriodWorkingDaysTests {
    let calendar = WorkdaysFixture.calendar

    func due(_ start: String, _ count: Int) -> Deadline {
        StatutoryPeriod.due(from: WorkdaysFixture.day(start), count: count, unit: .workingDays, calendar: calendar)
    }

    @Test func fifteenWorkingDaysAcrossSpringFestivalSkipTheBlockAndCountMakeUpDays() {
        // act: 02-10 (Tue); 02-14 and 02-28 (Sat) are make-up days, 02-15..02-23 is 春节
        let deadline = due("2026-02-10", 15)
        // check: 11, 12, 13, 14*, 24, 25, 26, 27, 28*, 03-02 … 03-06, 03-09 (15th)
        #expect(deadline == Deadline(
            dueDate: WorkdaysFixture.day("2026-03-09"), isProvisional: false, pausedDays: 0, openPause: false))
    }

    @Test func dayOneIsTheFirstWorkingDayAfterTheStart() {
        // act: starting on a Friday or a Saturday, day 1 is the Monday
        let fromFriday = due("2026-03-06", 1)
        let fromSaturday = due("2026-03-07", 1)
        // check
        #expect(fromFriday.dueDate == WorkdaysFixture.day("2026-03-09"))
        #expect(fromSaturday.dueDate == WorkdaysFixture.day("2026-03-09"))
    }

    @Test func labourDayHolidaySkipsFiveDays() {
        // act: 04-28 (Tue) + 5: 29, 30, [05-01..05-05 off], 06, 07, 08
        let deadline = due("2026-04-28", 5)
        // check
        #expect(deadline.dueDate == WorkdaysFixture.day("2026-05-08"))
    }

    @Test func anAdjustedSundayCanBeTheLastWorkingDay() {
        // act: 2025-12-29 + 3: 12-30, 12-31, [01-01..01-03 元旦], 01-04 (Sun, make-up day)
        let deadline = due("2025-12-29", 3)
        // check
        #expect(deadline.dueDate == WorkdaysFixture.day("2026-01-04"))
        #expect(!deadline.isProvisional)
    }

    @Test func countingIntoAnUncoveredYearIsProvisional() {
        // act: 12-24 (Thu) + 8: 12-25, 28, 29, 30, 31, 2027-01-01 (guessed working), 01-04, 01-05
        let deadline = due("2026-12-24", 8)
        // check
        #expect(deadline.dueDate == WorkdaysFixture.day("2027-01-05"))
        #expect(deadline.isProvisional)
    }

    @Test func tenYearsOfWorkingDaysAreFast() {
        // setup
        let clock = ContinuousClock()
        // act
        let start = clock.now
        let deadline = due("2026-01-01", 3650)
        let elapsed = clock.now - start
        // check: 2027 on are weekends-only guesses
        #expect(deadline.dueDate == WorkdaysFixture.day("2040-01-16"))
        #expect(deadline.isProvisional)
        #expect(elapsed < .milliseconds(50))
    }
}
