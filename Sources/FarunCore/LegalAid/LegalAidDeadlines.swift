import Foundation

/// The statutory periods of legal aid, computed only through `StatutoryPeriod` (RULES §2). 法律援助法 says "N日"
/// without saying working days, so the unit is the deployment's choice (`LegalAidPolicy.unit`, calendar days
/// with roll-forward by default, RULES §2 and §9).
public enum LegalAidDeadlines {
    /// 第四十三条: decide within 7 days of receiving the application (LA-01).
    public static let decisionDays = 7
    /// 第四十三条: assign within 3 days of the decision to grant (LA-02).
    public static let assignmentDays = 3
    /// 第三十六条: appoint a lawyer within 3 days of a notice from a court, procuratorate or police (LA-13).
    public static let notifiedAppointmentDays = 3
    /// 第四十九条: the justice bureau decides an objection within 5 days of receiving it (LA-06).
    public static let objectionDays = 5

    /// The decision deadline (第四十三条). Each supplement round is a pause from the notice day to the day the
    /// materials arrive (an open round pauses up to `asOf`); with `.restart` the 7 days run again from the day
    /// the last round ended.
    public static func decisionDue(
        receivedOn: LocalDate, supplements: [PeriodPause], policy: LegalAidPolicy, calendar: WorkCalendar,
        asOf: LocalDate? = nil
    ) -> Deadline {
        switch policy.supplementClock {
        case .pause:
            return StatutoryPeriod.due(
                from: receivedOn, count: decisionDays, unit: policy.unit, calendar: calendar, pauses: supplements, asOf: asOf)
        case .restart:
            let open = supplements.contains(where: \.isOpen)
            let lastEnd = supplements.compactMap(\.end).filter { $0 > receivedOn }.max()
            let start = open ? (asOf ?? receivedOn) : (lastEnd ?? receivedOn)
            let due = StatutoryPeriod.due(from: start, count: decisionDays, unit: policy.unit, calendar: calendar)
            return Deadline(dueDate: due.dueDate, isProvisional: due.isProvisional, pausedDays: 0, openPause: open)
        }
    }

    /// The date the applicant must supply the missing materials by (the notice's 补充期限; the law leaves the
    /// length to the agency, so it is `policy.supplementReplyDays`).
    public static func supplementReplyDue(noticeOn: LocalDate, policy: LegalAidPolicy, calendar: WorkCalendar) -> Deadline {
        StatutoryPeriod.due(from: noticeOn, count: policy.supplementReplyDays, unit: policy.unit, calendar: calendar)
    }

    /// 第四十三条: assignment within 3 days of the grant.
    public static func assignmentDue(decidedOn: LocalDate, policy: LegalAidPolicy, calendar: WorkCalendar) -> Deadline {
        StatutoryPeriod.due(from: decidedOn, count: assignmentDays, unit: policy.unit, calendar: calendar)
    }

    /// 第三十六条: appointment within 3 days of the notice, for notified categories.
    public static func notifiedAppointmentDue(noticeOn: LocalDate, policy: LegalAidPolicy, calendar: WorkCalendar) -> Deadline {
        StatutoryPeriod.due(from: noticeOn, count: notifiedAppointmentDays, unit: policy.unit, calendar: calendar)
    }

    /// 第四十九条: the bureau's objection decision within 5 days of receiving the objection.
    public static func objectionDue(receivedOn: LocalDate, policy: LegalAidPolicy, calendar: WorkCalendar) -> Deadline {
        StatutoryPeriod.due(from: receivedOn, count: objectionDays, unit: policy.unit, calendar: calendar)
    }

    /// Whether an act on `day` meets `due`. After the due date the act is refused unless a reason for the
    /// extension (延期理由) is recorded; with one it is allowed and marked late.
    public static func timeliness(of day: LocalDate, due: Deadline, extensionReason: String) -> Result<Timeliness, LateProblem> {
        if day <= due.dueDate { return .success(.onTime) }
        let reason = extensionReason.trimmingCharacters(in: .whitespacesAndNewlines)
        return reason.isEmpty ? .failure(LateProblem(due: due.dueDate)) : .success(.lateWithReason(reason))
    }

    /// Days the review took (审查用时): calendar days from the day after receipt through the decision day, less
    /// the paused days. For statistics only; deadlines come from `StatutoryPeriod`.
    public static func reviewDays(receivedOn: LocalDate, decidedOn: LocalDate, supplements: [PeriodPause]) -> Int {
        guard decidedOn > receivedOn else { return 0 }
        let days = (receivedOn.ordinal + 1)..<(decidedOn.ordinal + 1)
        return days.count - PauseSet(supplements, asOf: decidedOn).pausedCount(in: days)
    }
}

/// How an act stood against its deadline.
public enum Timeliness: Sendable, Hashable {
    case onTime
    case lateWithReason(String)

    public var isLate: Bool { self != .onTime }
}

/// An act after its deadline without a recorded extension reason.
public struct LateProblem: Error, Sendable, Hashable {
    public let due: LocalDate

    public init(due: LocalDate) { self.due = due }
}

/// Deployment settings for legal aid periods (法律援助法 only says "日"; provinces may say more, RULES §9).
public struct LegalAidPolicy: Sendable, Hashable {
    /// How the supplement time counts toward the 7-day decision period.
    public enum SupplementClock: String, Sendable, Hashable, CaseIterable {
        /// 补充材料的时间不计入审查期限: the clock stops on the notice day and runs on from the supply day.
        case pause
        /// The 7 days start again from the day the materials arrive.
        case restart
    }

    public var unit: PeriodUnit
    public var supplementClock: SupplementClock
    /// Days the applicant has to answer the 补充材料通知 (the law sets no figure).
    public var supplementReplyDays: Int

    public init(unit: PeriodUnit = .calendarDays, supplementClock: SupplementClock = .pause, supplementReplyDays: Int = 15) {
        self.unit = unit
        self.supplementClock = supplementClock
        self.supplementReplyDays = supplementReplyDays
    }

    public static let standard = LegalAidPolicy()
}
