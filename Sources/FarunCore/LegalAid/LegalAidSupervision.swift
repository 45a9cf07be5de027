/// 督办: which legal aid matters are late or at risk on a given day. Pure: the app loads one `Matter` per
/// application and shows the findings on the supervision screen. Statutory periods come from
/// `LegalAidDeadlines`; the supervision guards the law leaves to the agency (法律援助法 第五十九条: the agency
/// supervises the quality of service through 回访, file checks and the like, without figures) are counted by the
/// same calculator in calendar days without roll-forward, as an agency's own target (RULES §2).
public enum LegalAidSupervision {
    /// What is late. Raw values are stored with supervision notes and used in the API.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// LA-01, 第四十三条: no decision within 7 days of receipt (supplement time not counted).
        case decision = "decision_overdue"
        /// LA-02, 第四十三条: no provider within 3 days of the grant.
        case assignment = "assignment_overdue"
        /// LA-06, 第四十九条: the bureau has not decided an objection within 5 days.
        case objection = "objection_overdue"
        /// 第五十九条: an assigned case with no note for `Policy.noProgressDays`.
        case noProgress = "no_progress"
        /// 第五十九条: a hearing date has passed and nothing was recorded since.
        case hearingUnrecorded = "hearing_unrecorded"
        /// LA-26, 第五十条: the matter ended (办结) but the closing report is not filed.
        case closingReport = "closing_report_missing"

        /// The rule id in rules.csv, or "" for the agency's own guards.
        public var rule: String {
            switch self {
            case .decision: "LA-01"
            case .assignment: "LA-02"
            case .objection: "LA-06"
            case .closingReport: "LA-26"
            case .noProgress, .hearingUnrecorded: ""
            }
        }

        public var article: String {
            switch self {
            case .decision, .assignment: "第四十三条"
            case .objection: "第四十九条"
            case .closingReport: "第五十条"
            case .noProgress, .hearingUnrecorded: "第五十九条"
            }
        }

        /// Who must act: the agency's officers, the bureau, or the provider.
        public var isProvidersTurn: Bool { self == .noProgress || self == .hearingUnrecorded || self == .closingReport }
    }

    public enum Severity: String, Sendable, Codable, CaseIterable, Comparable {
        /// 即将超期: `DeadlineFlag.warningFraction` of the period used.
        case atRisk = "at_risk"
        /// 已超期
        case overdue

        public static func < (a: Self, b: Self) -> Bool { a == .atRisk && b == .overdue }
    }

    /// The guards the law leaves to the agency.
    public struct Policy: Sendable, Hashable {
        public var legalAid: LegalAidPolicy
        /// 30 days without a progress note: long enough for a labour arbitration hearing to be scheduled, short enough
        /// that a forgotten case surfaces within a month (the law sets no figure; an agency setting, not a statute).
        public var noProgressDays: Int
        /// Days after a hearing by which the provider records what happened.
        public var hearingRecordDays: Int
        /// 《办理法律援助案件程序规定》: the provider files the closing materials within 30 days of the end of the
        /// matter [unverified article number]; "日" unspecified, so `legalAid.unit` applies.
        public var closingReportDays: Int

        public init(legalAid: LegalAidPolicy = .standard, noProgressDays: Int = 30, hearingRecordDays: Int = 3, closingReportDays: Int = 30) {
            self.legalAid = legalAid
            self.noProgressDays = noProgressDays
            self.hearingRecordDays = hearingRecordDays
            self.closingReportDays = closingReportDays
        }

        public static let standard = Policy()
    }

    /// What supervision needs from one application.
    public struct Matter: Sendable, Hashable {
        public var state: LegalAidState
        public var receivedOn: LocalDate
        public var supplements: [PeriodPause]
        /// The day of the (latest) grant.
        public var grantedOn: LocalDate?
        public var assignedOn: LocalDate?
        /// The day the provider last wrote a case note (any kind).
        public var lastRecordedOn: LocalDate?
        /// Hearing dates from the case notes.
        public var hearings: [LocalDate]
        /// The day the matter ended (办结), as the provider recorded it.
        public var concludedOn: LocalDate?
        /// Receipt days of objections the bureau has not decided.
        public var openObjections: [LocalDate]

        public init(state: LegalAidState, receivedOn: LocalDate, supplements: [PeriodPause] = [], grantedOn: LocalDate? = nil,
                    assignedOn: LocalDate? = nil, lastRecordedOn: LocalDate? = nil, hearings: [LocalDate] = [],
                    concludedOn: LocalDate? = nil, openObjections: [LocalDate] = []) {
            self.state = state
            self.receivedOn = receivedOn
            self.supplements = supplements
            self.grantedOn = grantedOn
            self.assignedOn = assignedOn
            self.lastRecordedOn = lastRecordedOn
            self.hearings = hearings
            self.concludedOn = concludedOn
            self.openObjections = openObjections
        }
    }

    /// One late or at-risk duty.
    public struct Finding: Sendable, Hashable {
        public let kind: Kind
        public let severity: Severity
        /// The day the clock started (receipt, grant, objection, last note, hearing, end of the matter).
        public let since: LocalDate
        public let due: Deadline
        public let unit: PeriodUnit
        /// Units past the due date in `unit` (0 while only at risk).
        public let late: Int
    }

    /// Every late or at-risk duty of `matter` on `today`, in `Kind` order.
    public static func findings(_ matter: Matter, today: LocalDate, policy: Policy = .standard, calendar: WorkCalendar) -> [Finding] {
        let law = policy.legalAid
        var clocks: [(kind: Kind, since: LocalDate, count: Int, unit: PeriodUnit, pauses: [PeriodPause], due: Deadline)] = []
        switch matter.state {
        case .received:
            let due = LegalAidDeadlines.decisionDue(receivedOn: matter.receivedOn, supplements: matter.supplements, policy: law,
                                                    calendar: calendar, asOf: today)
            clocks.append((.decision, matter.receivedOn, LegalAidDeadlines.decisionDays, law.unit, matter.supplements, due))
        case .granted:
            if let granted = matter.grantedOn {
                let due = LegalAidDeadlines.assignmentDue(decidedOn: granted, policy: law, calendar: calendar)
                clocks.append((.assignment, granted, LegalAidDeadlines.assignmentDays, law.unit, [], due))
            }
        case .assigned, .handling:
            let sla = PeriodUnit.calendarDaysNoRollForward
            if let last = [matter.assignedOn, matter.lastRecordedOn].compactMap({ $0 }).max() {
                let due = StatutoryPeriod.due(from: last, count: policy.noProgressDays, unit: sla, calendar: calendar)
                clocks.append((.noProgress, last, policy.noProgressDays, sla, [], due))
            }
            if let hearing = matter.hearings.filter({ $0 < today }).max(), (matter.lastRecordedOn ?? hearing.adding(days: -1)) < hearing {
                let due = StatutoryPeriod.due(from: hearing, count: policy.hearingRecordDays, unit: sla, calendar: calendar)
                clocks.append((.hearingUnrecorded, hearing, policy.hearingRecordDays, sla, [], due))
            }
            if let ended = matter.concludedOn {
                let due = StatutoryPeriod.due(from: ended, count: policy.closingReportDays, unit: law.unit, calendar: calendar)
                clocks.append((.closingReport, ended, policy.closingReportDays, law.unit, [], due))
            }
        case .refused, .terminated:
            for received in matter.openObjections {
                let due = LegalAidDeadlines.objectionDue(receivedOn: received, policy: law, calendar: calendar)
                clocks.append((.objection, received, LegalAidDeadlines.objectionDays, law.unit, [], due))
            }
        case .materialsIncomplete, .withdrawn, .closed:
            // Waiting for the applicant (the decision clock is paused), or finished.
            break
        }
        return clocks.compactMap { c in
            let pastDue = today > c.due.dueDate
            let fraction = StatutoryPeriod.elapsedFraction(from: c.since, deadline: c.due, count: c.count, unit: c.unit, calendar: calendar,
                                                           pauses: c.pauses, today: today)
            let severity: Severity
            switch DeadlineFlag.from(elapsedFraction: fraction, pastDue: pastDue) {
            case .onTime: return nil
            case .approaching: severity = .atRisk
            case .overdue: severity = .overdue
            }
            return Finding(kind: c.kind, severity: severity, since: c.since, due: c.due, unit: c.unit,
                           late: StatutoryPeriod.unitsLate(c.due, today: today, unit: c.unit, calendar: calendar))
        }
    }
}
