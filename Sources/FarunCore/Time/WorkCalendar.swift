/// 工作日历: statutory holidays and adjusted workdays, by year. Years without a loaded notice are known to be
/// unknown: there weekends are rest days and Monday–Friday are working days, and callers must treat any
/// result that depends on them as provisional (待定).
///
/// A working day is an adjusted workday, or Monday–Friday and not a holiday.
public struct WorkCalendar: Sendable {
    /// Entries by `LocalDate.ordinal`.
    private let kinds: [Int: CalendarDayKind]
    private let entriesByDate: [LocalDate: CalendarEntry]
    /// Years whose official notice is loaded.
    public let coveredYears: Set<Int>

    /// `coveredYears` are the years whose official notice is loaded. Entries dated in other years still apply
    /// (a notice may reach into the previous year), but those years stay uncovered. A later entry for the same
    /// date replaces an earlier one.
    public init(entries: [CalendarEntry], coveredYears: Set<Int>) {
        var byDate: [LocalDate: CalendarEntry] = [:]
        for entry in entries { byDate[entry.date] = entry }
        entriesByDate = byDate
        kinds = Dictionary(uniqueKeysWithValues: byDate.map { ($0.key.ordinal, $0.value.kind) })
        self.coveredYears = coveredYears
    }

    /// All entries, oldest first.
    public var entries: [CalendarEntry] {
        entriesByDate.values.sorted { $0.date < $1.date }
    }

    /// The entry for `day`, if the calendar lists it.
    public func entry(on day: LocalDate) -> CalendarEntry? {
        entriesByDate[day]
    }

    public func isWorkingDay(_ day: LocalDate) -> Bool {
        isWorkingDay(ordinal: day.ordinal)
    }

    /// Not a working day: an ordinary weekend or a holiday.
    public func isRestDay(_ day: LocalDate) -> Bool {
        !isWorkingDay(day)
    }

    /// True when the official notice for `year` is loaded.
    public func covers(_ year: Int) -> Bool {
        coveredYears.contains(year)
    }

    /// The calendar with another year's notice (administrators add next year's when it is published).
    /// Existing entries dated in `coveringYear` are dropped first, so loading a corrected notice replaces the
    /// old one; entries of other dates (such as a previous-year day named in the notice) are added or replaced.
    public func adding(_ entries: [CalendarEntry], coveringYear: Int) -> WorkCalendar {
        let kept = entriesByDate.values.filter { $0.date.year != coveringYear }
        return WorkCalendar(
            entries: kept.sorted { $0.date < $1.date } + entries,
            coveredYears: coveredYears.union([coveringYear]))
    }

    /// Same as `isWorkingDay(_:)`, on a day number, for the period calculator's loops.
    func isWorkingDay(ordinal: Int) -> Bool {
        switch kinds[ordinal] {
        case .workdayAdjusted: true
        case .holiday: false
        case nil: ((ordinal + 3) % 7 + 7) % 7 < 5
        }
    }
}
