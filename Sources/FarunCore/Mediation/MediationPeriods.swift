/// The periods around a mediation, all through `StatutoryPeriod` (RULES §2).
public enum MediationPeriods {
    /// 人民调解法第三十三条 (PM-11): the parties may jointly apply for judicial confirmation 「自调解协议生效之日起三十日内」.
    /// Counted in calendar days from the day after the agreement took effect, a last day on a rest day moving to
    /// the next working day (民法典第二百零三条, 民诉法第八十五条).
    public static let confirmationDays = 30
    /// 劳动争议调解仲裁法第十四条 (PM-17): no agreement 「十五日内」 of the application → either party may apply for
    /// arbitration. "日" is unspecified; calendar days by default (RULES §2).
    public static let labourMediationDays = 15
    /// When the reminder turns to "closing soon".
    public static let reminderLeadDays = 7

    public static func confirmationDeadline(agreementEffective: LocalDate, calendar: WorkCalendar) -> Deadline {
        StatutoryPeriod.due(from: agreementEffective, count: confirmationDays, unit: .calendarDays, calendar: calendar)
    }

    public static func labourArbitrationOpens(applicationReceived: LocalDate, calendar: WorkCalendar) -> Deadline {
        StatutoryPeriod.due(from: applicationReceived, count: labourMediationDays, unit: .calendarDays, calendar: calendar)
    }

    /// Where the judicial-confirmation window stands on `today`.
    public enum WindowStatus: String, Sendable, Codable {
        case open
        /// `reminderLeadDays` or fewer days left: remind the parties.
        case closingSoon = "closing_soon"
        case closed
    }

    public struct ConfirmationReminder: Sendable, Hashable {
        public let deadline: Deadline
        public let status: WindowStatus
        /// Calendar days from `today` to the last day (0 on the last day), or nil once closed.
        public let daysLeft: Int?
    }

    public static func confirmationReminder(agreementEffective: LocalDate, today: LocalDate, calendar: WorkCalendar) -> ConfirmationReminder {
        let deadline = confirmationDeadline(agreementEffective: agreementEffective, calendar: calendar)
        let left = today.days(until: deadline.dueDate)
        if left < 0 { return ConfirmationReminder(deadline: deadline, status: .closed, daysLeft: nil) }
        return ConfirmationReminder(deadline: deadline, status: left <= reminderLeadDays ? .closingSoon : .open, daysLeft: left)
    }
}
