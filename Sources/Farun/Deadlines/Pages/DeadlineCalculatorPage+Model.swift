import FarunCore

/// 期限计算器 — start date, length and unit in; the due date out, flagged when provisional.
enum DeadlineCalculatorPage {
    struct Model: Sendable {
        var input: DeadlineController.Input
        var deadline: Deadline?
        var problems: [FieldProblem]

        static let mock = Model(
            input: .init(from: "2026-09-28", days: "7", unit: "calendar"),
            deadline: StatutoryPeriod.due(from: LocalDate("2026-09-28")!, count: 7, unit: .calendarDays, calendar: BundledCalendar.shared),
            problems: [])
    }
}
