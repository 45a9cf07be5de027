import Foundation
import Testing
import FarunCore

@Suite struct LocalDateTests {
    @Test func realDatesAreAcceptedAndImpossibleOnesRejected() {
        // setup / act / check
        #expect(LocalDate(year: 2024, month: 2, day: 29) != nil)
        #expect(LocalDate(year: 2000, month: 2, day: 29) != nil)
        #expect(LocalDate(year: 2026, month: 2, day: 29) == nil)
        #expect(LocalDate(year: 1900, month: 2, day: 29) == nil)
        #expect(LocalDate(year: 2026, month: 4, day: 31) == nil)
        #expect(LocalDate(year: 2026, month: 13, day: 1) == nil)
        #expect(LocalDate(year: 2026, month: 0, day: 1) == nil)
        #expect(LocalDate(year: 2026, month: 1, day: 0) == nil)
        #expect(LocalDate(year: 0, month: 1, day: 1) == nil)
        #expect(LocalDate(year: 10_000, month: 1, day: 1) == nil)
    }

    @Test(arguments: ["2026-9-28", "2026-09-28 ", " 2026-09-28", "2026/09/28", "20260928", "2026-02-30",
                      "２０２６-09-28", "2026-0a-28", "+026-09-28", ""])
    func isoParsingRejectsAnythingButZeroPaddedYearMonthDay(text: String) {
        // act / check
        #expect(LocalDate(text) == nil)
    }

    @Test func isoParsingAndDescriptionRoundTrip() throws {
        // act
        let date = try #require(LocalDate("2026-09-28"))
        let early = try #require(LocalDate(year: 999, month: 1, day: 5))
        // check
        #expect(date.year == 2026 && date.month == 9 && date.day == 28)
        #expect(date.description == "2026-09-28")
        #expect(early.description == "0999-01-05")
        #expect(LocalDate("0999-01-05") == early)
    }

    @Test func weekdayIsISOMondayOneToSundaySeven() {
        // check
        #expect(WorkdaysFixture.day("2026-09-28").weekday == 1)
        #expect(WorkdaysFixture.day("2026-10-01").weekday == 4)
        #expect(WorkdaysFixture.day("2026-10-10").weekday == 6)
        #expect(WorkdaysFixture.day("2026-10-04").weekday == 7)
        #expect(WorkdaysFixture.day("1970-01-01").weekday == 4)
        #expect(WorkdaysFixture.day("1969-12-28").weekday == 7)
    }

    @Test func addingDaysCrossesMonthsYearsAndLeapDays() {
        // setup
        let start = WorkdaysFixture.day("2026-12-20")
        // act / check
        #expect(start.adding(days: 12) == WorkdaysFixture.day("2027-01-01"))
        #expect(start.adding(days: -365) == WorkdaysFixture.day("2025-12-20"))
        #expect(WorkdaysFixture.day("2024-02-28").adding(days: 1) == WorkdaysFixture.day("2024-02-29"))
        #expect(WorkdaysFixture.day("2024-02-28").adding(days: 2) == WorkdaysFixture.day("2024-03-01"))
        #expect(start.adding(days: 0) == start)
    }

    @Test func daysUntilIsSignedDifference() {
        // setup
        let a = WorkdaysFixture.day("2026-02-10")
        let b = WorkdaysFixture.day("2026-03-09")
        // act / check
        #expect(a.days(until: b) == 27)
        #expect(b.days(until: a) == -27)
        #expect(a.days(until: a) == 0)
    }

    @Test func dayArithmeticAgreesWithFoundationForFortyYears() throws {
        // setup
        var gregorian = Calendar(identifier: .gregorian)
        gregorian.timeZone = try #require(TimeZone(secondsFromGMT: 0))
        let epoch = WorkdaysFixture.day("1970-01-01")
        // act / check: every day from 2000 to 2039
        for offset in 10_957..<(10_957 + 14_610) {
            let expected = gregorian.dateComponents(
                [.year, .month, .day, .weekday], from: Date(timeIntervalSince1970: Double(offset) * 86_400))
            let date = epoch.adding(days: offset)
            guard date.year == expected.year, date.month == expected.month, date.day == expected.day,
                  date.weekday == (expected.weekday! + 5) % 7 + 1, epoch.days(until: date) == offset
            else {
                Issue.record("mismatch at offset \(offset): \(date) vs \(expected)")
                return
            }
        }
    }

    @Test func comparisonFollowsTheCalendar() {
        // check
        #expect(WorkdaysFixture.day("2026-09-30") < WorkdaysFixture.day("2026-10-01"))
        #expect(WorkdaysFixture.day("2025-12-31") < WorkdaysFixture.day("2026-01-01"))
        #expect(!(WorkdaysFixture.day("2026-10-01") < WorkdaysFixture.day("2026-10-01")))
    }

    @Test func inChinaUsesUTCPlusEight() {
        // setup: 2026-09-27T16:00:00Z is midnight in Beijing
        let midnight = Date(timeIntervalSince1970: 1_790_524_800)
        // act / check
        #expect(LocalDate.inChina(midnight) == WorkdaysFixture.day("2026-09-28"))
        #expect(LocalDate.inChina(midnight.addingTimeInterval(-1)) == WorkdaysFixture.day("2026-09-27"))
        #expect(LocalDate.inChina(midnight.addingTimeInterval(86_399.9)) == WorkdaysFixture.day("2026-09-28"))
        #expect(LocalDate.inChina(Date(timeIntervalSince1970: -28_800.5)) == WorkdaysFixture.day("1969-12-31"))
    }

    @Test func codableUsesTheISOString() throws {
        // setup
        let date = WorkdaysFixture.day("2026-10-10")
        // act
        let data = try JSONEncoder().encode([date])
        let back = try JSONDecoder().decode([LocalDate].self, from: data)
        // check
        #expect(String(decoding: data, as: UTF8.self) == #"["2026-10-10"]"#)
        #expect(back == [date])
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([LocalDate].self, from: Data(#"["2026-02-30"]"#.utf8))
        }
    }
}
