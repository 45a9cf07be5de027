/// The year of a day number, recomputed only when a walk crosses 1 January.
struct YearTracker {
    private var current: Int
    private var range: Range<Int>

    init(at day: Int) {
        current = LocalDate(ordinal: day).year
        range = Self.days(of: current)
    }

    mutating func year(of day: Int) -> Int {
        if !range.contains(day) {
            current = LocalDate(ordinal: day).year
            range = Self.days(of: current)
        }
        return current
    }

    private static func days(of year: Int) -> Range<Int> {
        CivilDays.ordinal(year: year, month: 1, day: 1)..<CivilDays.ordinal(year: year + 1, month: 1, day: 1)
    }
}
