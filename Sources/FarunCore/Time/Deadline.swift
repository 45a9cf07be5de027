/// The result of a period computation (期限): the last day on which the act may still be done.
public struct Deadline: Sendable, Hashable, Codable {
    public let dueDate: LocalDate
    /// True when the computation consulted a year the calendar does not cover: the date is a guess that must
    /// be shown as provisional (待定), never as certain.
    public let isProvisional: Bool
    /// Days that did not count because they were paused: for calendar units every paused day after the start
    /// day up to the due date; for working days only the paused working days. Overlaps count once.
    public let pausedDays: Int
    /// A pause is still running: the due date is the one that applies if the clock resumes on `asOf`
    /// (or, without `asOf`, if it had never paused). The caller decides how to show it.
    public let openPause: Bool

    public init(dueDate: LocalDate, isProvisional: Bool, pausedDays: Int, openPause: Bool) {
        self.dueDate = dueDate
        self.isProvisional = isProvisional
        self.pausedDays = pausedDays
        self.openPause = openPause
    }
}
