import FarunCore
import Testing
@testable import Farun

@Suite struct DeadlineCommandTests {
    @Test func theBundledCalendarRollsAPeriodPastTheNationalDayHoliday() throws {
        // act
        let (deadline, lines) = try DeadlineCommand.compute(from: "2026-09-28", days: 7, unit: "calendar", calendar: BundledCalendar.shared)
        // check: day 7 is 10-05, inside 国庆 (10-01..10-07); the first working day after it is 10-08
        #expect(deadline.dueDate == LocalDate("2026-10-08"))
        #expect(lines.last == "2026-10-08")
        #expect(!deadline.isProvisional)
    }

    @Test func workingDaysSkipTheSpringFestivalAndCountMakeUpSaturdays() throws {
        // act: 公证法 art 30 — 15 working days from 2026-02-10
        let (deadline, _) = try DeadlineCommand.compute(from: "2026-02-10", days: 15, unit: "working", calendar: BundledCalendar.shared)
        // check
        #expect(deadline.dueDate == LocalDate("2026-03-09"))
    }

    @Test func aPeriodIntoAYearWithoutHolidayDataIsMarkedProvisional() throws {
        // act
        let (deadline, lines) = try DeadlineCommand.compute(from: "2026-12-24", days: 8, unit: "working", calendar: BundledCalendar.shared)
        // check
        #expect(deadline.isProvisional)
        #expect(lines.contains { $0.hasPrefix("待定") })
        #expect(lines.last == deadline.dueDate.description)
    }

    @Test func badArgumentsAreExplained() {
        #expect(throws: DeadlineCommand.UsageError.self) { try DeadlineCommand.compute(from: "28/09/2026", days: 7, unit: nil, calendar: BundledCalendar.shared) }
        #expect(throws: DeadlineCommand.UsageError.self) { try DeadlineCommand.compute(from: "2026-09-28", days: -1, unit: nil, calendar: BundledCalendar.shared) }
        #expect(throws: DeadlineCommand.UsageError.self) { try DeadlineCommand.compute(from: "2026-09-28", days: 7, unit: "fortnight", calendar: BundledCalendar.shared) }
    }
}
