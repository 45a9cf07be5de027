import FarunCore

/// Every 2025 and 2026 row of cn-workdays.csv (PyPI `chinesecalendar` 1.11.0, MIT; 2026 checked against the
/// State Council notice of 2025-11-04), inline because FarunCore tests never read files.
/// Line 1 is the header, 2025 rows are lines 2–34, 2026 rows lines 35–73.
enum WorkdaysFixture {
    static let csv = """
        date,kind,name
        2025-01-01,holiday,元旦
        2025-01-26,workday_adjusted,春节
        2025-01-28,holiday,春节
        2025-01-29,holiday,春节
        2025-01-30,holiday,春节
        2025-01-31,holiday,春节
        2025-02-01,holiday,春节
        2025-02-02,holiday,春节
        2025-02-03,holiday,春节
        2025-02-04,holiday,春节
        2025-02-08,workday_adjusted,春节
        2025-04-04,holiday,清明
        2025-04-05,holiday,清明
        2025-04-06,holiday,清明
        2025-04-27,workday_adjusted,劳动节
        2025-05-01,holiday,劳动节
        2025-05-02,holiday,劳动节
        2025-05-03,holiday,劳动节
        2025-05-04,holiday,劳动节
        2025-05-05,holiday,劳动节
        2025-05-31,holiday,端午
        2025-06-01,holiday,端午
        2025-06-02,holiday,端午
        2025-09-28,workday_adjusted,国庆节
        2025-10-01,holiday,国庆节
        2025-10-02,holiday,国庆节
        2025-10-03,holiday,国庆节
        2025-10-04,holiday,国庆节
        2025-10-05,holiday,国庆节
        2025-10-06,holiday,中秋
        2025-10-07,holiday,国庆节
        2025-10-08,holiday,国庆节
        2025-10-11,workday_adjusted,国庆节
        2026-01-01,holiday,元旦
        2026-01-02,holiday,元旦
        2026-01-03,holiday,元旦
        2026-01-04,workday_adjusted,元旦
        2026-02-14,workday_adjusted,春节
        2026-02-15,holiday,春节
        2026-02-16,holiday,春节
        2026-02-17,holiday,春节
        2026-02-18,holiday,春节
        2026-02-19,holiday,春节
        2026-02-20,holiday,春节
        2026-02-21,holiday,春节
        2026-02-22,holiday,春节
        2026-02-23,holiday,春节
        2026-02-28,workday_adjusted,春节
        2026-04-04,holiday,清明
        2026-04-05,holiday,清明
        2026-04-06,holiday,清明
        2026-05-01,holiday,劳动节
        2026-05-02,holiday,劳动节
        2026-05-03,holiday,劳动节
        2026-05-04,holiday,劳动节
        2026-05-05,holiday,劳动节
        2026-05-09,workday_adjusted,劳动节
        2026-06-19,holiday,端午
        2026-06-20,holiday,端午
        2026-06-21,holiday,端午
        2026-09-20,workday_adjusted,国庆节
        2026-09-25,holiday,中秋
        2026-09-26,holiday,中秋
        2026-09-27,holiday,中秋
        2026-10-01,holiday,国庆节
        2026-10-02,holiday,国庆节
        2026-10-03,holiday,国庆节
        2026-10-04,holiday,国庆节
        2026-10-05,holiday,国庆节
        2026-10-06,holiday,国庆节
        2026-10-07,holiday,国庆节
        2026-10-10,workday_adjusted,国庆节
        """

    /// The fixture parsed: covers 2025 and 2026 only.
    static let calendar: WorkCalendar = {
        do {
            return try WorkCalendar.parseCSV(csv)
        } catch {
            fatalError("fixture does not parse: \(error)")
        }
    }()

    /// A date from a literal the test author checked by hand.
    static func day(_ iso: String) -> LocalDate {
        guard let date = LocalDate(iso) else { fatalError("not a date: \(iso)") }
        return date
    }
}
