import Testing
import FarunCore

@Suite struct WorkCalendarTests {
    let calendar = WorkdaysFixture.calendar

    @Test func adjustedWeekendDaysAreWorkingDays() {
        // setup: 10-10 (Sat) and 02-14 (Sat) are 2026 make-up days, 2025-09-28 a Sunday one
        // act / check
        for iso in ["2026-10-10", "2026-02-14", "2026-02-28", "2026-01-04", "2025-09-28"] {
            #expect(calendar.isWorkingDay(WorkdaysFixture.day(iso)), "\(iso)")
        }
    }

    @Test func holidaysOnWeekdaysAreRestDays() {
        // act / check
        for iso in ["2026-10-01", "2026-10-07", "2026-02-23", "2026-01-02", "2026-06-19", "2025-10-08"] {
            #expect(calendar.isRestDay(WorkdaysFixture.day(iso)), "\(iso)")
        }
    }

    @Test func ordinaryWeekendsAreRestAndOrdinaryWeekdaysWork() {
        // check
        #expect(calendar.isRestDay(WorkdaysFixture.day("2026-10-17")))
        #expect(calendar.isRestDay(WorkdaysFixture.day("2026-10-18")))
        #expect(calendar.isWorkingDay(WorkdaysFixture.day("2026-10-08")))
        #expect(calendar.isWorkingDay(WorkdaysFixture.day("2026-10-19")))
    }

    @Test func uncoveredYearsAreKnownToBeUnknownAndUseWeekendsOnly() {
        // check: 2027-01-01 is a Friday; no notice is loaded, so it reads as a working day
        #expect(calendar.covers(2025) && calendar.covers(2026))
        #expect(!calendar.covers(2027) && !calendar.covers(2024))
        #expect(calendar.isWorkingDay(WorkdaysFixture.day("2027-01-01")))
        #expect(calendar.isRestDay(WorkdaysFixture.day("2027-01-02")))
    }

    @Test func addingNextYearsNoticeCoversItAndAppliesItsDays() {
        // setup: an administrator loads a (made-up) 2027 notice
        let notice = [
            CalendarEntry(date: WorkdaysFixture.day("2027-01-01"), kind: .holiday, name: "元旦"),
            CalendarEntry(date: WorkdaysFixture.day("2027-01-09"), kind: .workdayAdjusted, name: "元旦"),
        ]
        // act
        let extended = calendar.adding(notice, coveringYear: 2027)
        // check
        #expect(extended.covers(2027) && extended.covers(2026))
        #expect(extended.isRestDay(WorkdaysFixture.day("2027-01-01")))
        #expect(extended.isWorkingDay(WorkdaysFixture.day("2027-01-09")))
        #expect(extended.isWorkingDay(WorkdaysFixture.day("2026-10-10")))
        #expect(!calendar.covers(2027))
    }

    @Test func addingAYearAgainReplacesThatYearsEntries() {
        // setup: a corrected 2026 notice that only lists 10-01
        let corrected = [CalendarEntry(date: WorkdaysFixture.day("2026-10-01"), kind: .holiday, name: "国庆节")]
        // act
        let replaced = calendar.adding(corrected, coveringYear: 2026)
        // check
        #expect(replaced.isRestDay(WorkdaysFixture.day("2026-10-01")))
        #expect(replaced.isWorkingDay(WorkdaysFixture.day("2026-10-02")))
        #expect(replaced.isRestDay(WorkdaysFixture.day("2026-10-10")))
        #expect(replaced.isRestDay(WorkdaysFixture.day("2025-10-08")))
        #expect(replaced.entries.filter { $0.date.year == 2026 }.count == 1)
    }

    @Test func entriesOutsideCoveredYearsStillApply() {
        // setup
        let entry = CalendarEntry(date: WorkdaysFixture.day("2027-01-01"), kind: .holiday, name: "元旦")
        // act
        let partial = WorkCalendar(entries: [entry], coveredYears: [])
        // check
        #expect(partial.isRestDay(entry.date))
        #expect(!partial.covers(2027))
        #expect(partial.entry(on: entry.date) == entry)
    }
}
