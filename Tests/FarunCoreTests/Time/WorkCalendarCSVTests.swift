import Testing
import FarunCore

/// The problem `WorkCalendar.parseCSV` throws for `text`, or nil when it parses.
func calendarCSVProblem(_ text: String) -> CalendarCSVProblem? {
    do {
        _ = try WorkCalendar.parseCSV(text)
        return nil
    } catch {
        return error
    }
}

@Suite struct WorkCalendarCSVTests {
    let header = "date,kind,name\n"

    @Test func parsesTheRealFileFormatAndCoversTheYearsItNames() throws {
        // act
        let calendar = try WorkCalendar.parseCSV(WorkdaysFixture.csv)
        // check
        #expect(calendar.coveredYears == [2025, 2026])
        #expect(calendar.entries.count == 72)
        #expect(calendar.entries.filter { $0.kind == .workdayAdjusted }.count == 11)
        #expect(calendar.entry(on: WorkdaysFixture.day("2026-10-10"))
            == CalendarEntry(date: WorkdaysFixture.day("2026-10-10"), kind: .workdayAdjusted, name: "国庆节"))
        #expect(calendar.entry(on: WorkdaysFixture.day("2026-09-25"))?.name == "中秋")
    }

    @Test func acceptsBOMCRLFQuotesSpacesAndBlankLines() throws {
        // setup
        let text = "\u{FEFF}Date, Kind ,name\r\n2026-10-10, workday_adjusted ,\"国庆节\"\r\n\r\n2026-10-01,holiday,国庆节\r\n"
        // act
        let calendar = try WorkCalendar.parseCSV(text)
        // check
        #expect(calendar.isWorkingDay(WorkdaysFixture.day("2026-10-10")))
        #expect(calendar.isRestDay(WorkdaysFixture.day("2026-10-01")))
        #expect(calendar.coveredYears == [2026])
    }

    @Test func headerOnlyGivesAnEmptyCalendarCoveringNothing() throws {
        // act
        let calendar = try WorkCalendar.parseCSV(header)
        // check
        #expect(calendar.entries.isEmpty && calendar.coveredYears.isEmpty)
    }

    @Test func aMissingOrWrongHeaderIsReportedOnLineOne() {
        // act / check
        #expect(calendarCSVProblem("")?.kind == .missingHeader)
        #expect(calendarCSVProblem("")?.line == 1)
        #expect(calendarCSVProblem("2026-10-01,holiday,国庆节\n") == CalendarCSVProblem(
            line: 1, kind: .missingHeader, detail: "expected header date,kind,name, found 2026-10-01,holiday,国庆节"))
    }

    @Test func wrongColumnCountCarriesTheLine() {
        // act
        let problem = calendarCSVProblem(header + "2026-10-01,holiday,国庆节\n2026-10-02,holiday\n")
        // check
        #expect(problem == CalendarCSVProblem(line: 3, kind: .wrongColumnCount, detail: "expected 3 fields, found 2"))
        #expect(calendarCSVProblem(header + "2026-10-01,holiday,\"国庆节\n")?.kind == .wrongColumnCount)
    }

    @Test(arguments: ["2026-02-30", "2026-9-1", "2026/10/01", "", "十月一日"])
    func aBadDateCarriesTheLine(date: String) {
        // act
        let problem = calendarCSVProblem(header + "2026-10-01,holiday,国庆节\n\n\(date),holiday,国庆节\n")
        // check: the blank line still counts as line 3
        #expect(problem?.kind == .badDate)
        #expect(problem?.line == 4)
    }

    @Test(arguments: ["workday", "Holiday", "", "rest"])
    func anUnknownKindCarriesTheLine(kind: String) {
        // act
        let problem = calendarCSVProblem(header + "2026-10-10,\(kind),国庆节\n")
        // check
        #expect(problem?.kind == .unknownKind)
        #expect(problem?.line == 2)
    }

    @Test func aDuplicateDateNamesBothLines() {
        // act
        let problem = calendarCSVProblem(header + "2026-10-01,holiday,国庆节\n2026-10-02,holiday,国庆节\n"
            + "2026-10-01,workday_adjusted,国庆节\n")
        // check
        #expect(problem == CalendarCSVProblem(
            line: 4, kind: .duplicateDate, detail: "2026-10-01 is already on line 2"))
        #expect(problem?.description == "line 4: duplicateDate – 2026-10-01 is already on line 2")
    }
}
