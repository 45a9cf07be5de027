/// Registers and statistics for legal aid (法律援助统计): pure functions over one row per application, so the
/// figures can be checked by hand.
public enum LegalAidStatistics {
    /// What statistics need from one application.
    public struct Record: Sendable, Hashable {
        public var category: LegalAidCategory
        public var state: LegalAidState
        public var receivedOn: LocalDate
        /// The grant or refusal day (the first decision; a re-decision after an objection does not reset it).
        public var decidedOn: LocalDate?
        /// True when the first decision was to grant.
        public var granted: Bool
        public var decidedLate: Bool
        public var supplements: [PeriodPause]
        public var circumstances: Set<LegalAidCircumstance>
        public var outcome: LegalAidOutcome?
        public var amountRecoveredFen: Int
        /// The recipient's rating (受援人评价): nil when not rated; true for 满意 or 基本满意.
        public var satisfied: Bool?

        public init(category: LegalAidCategory, state: LegalAidState, receivedOn: LocalDate, decidedOn: LocalDate? = nil,
                    granted: Bool = false, decidedLate: Bool = false, supplements: [PeriodPause] = [],
                    circumstances: Set<LegalAidCircumstance> = [], outcome: LegalAidOutcome? = nil, amountRecoveredFen: Int = 0,
                    satisfied: Bool? = nil) {
            self.category = category
            self.state = state
            self.receivedOn = receivedOn
            self.decidedOn = decidedOn
            self.granted = granted
            self.decidedLate = decidedLate
            self.supplements = supplements
            self.circumstances = circumstances
            self.outcome = outcome
            self.amountRecoveredFen = amountRecoveredFen
            self.satisfied = satisfied
        }

        public var isDecided: Bool { decidedOn != nil }
    }

    /// Groups of recipients counted in the statistics (受援人群体). An application may count in several.
    public enum RecipientGroup: String, Sendable, Hashable, CaseIterable {
        case minor
        case elderly
        case disabled
        case migrantWorker = "migrant_worker"
        case assistanceRecipient = "assistance_recipient"
        case military
        case abuseVictim = "abuse_victim"
        /// None of the above.
        case other

        public static func groups(of circumstances: Set<LegalAidCircumstance>) -> Set<RecipientGroup> {
            var groups: Set<RecipientGroup> = []
            for c in circumstances {
                switch c {
                case .minor, .minorWithoutIncome: groups.insert(.minor)
                case .elderly, .elderlyWithoutIncome: groups.insert(.elderly)
                case .disabled, .disabledWithoutIncome: groups.insert(.disabled)
                case .migrantWorker: groups.insert(.migrantWorker)
                case .socialAssistance, .judicialAssistance: groups.insert(.assistanceRecipient)
                case .preferentialCare, .military, .heroMartyrRelative: groups.insert(.military)
                case .abuseVictim: groups.insert(.abuseVictim)
                case .goodSamaritan, .retrialAcquittal: break
                }
            }
            return groups.isEmpty ? [.other] : groups
        }
    }

    /// A share as a fraction, so the display can round once.
    public struct Rate: Sendable, Hashable {
        public let part: Int
        public let whole: Int
        /// nil when nothing was counted.
        public var percent: Double? { whole == 0 ? nil : Double(part) * 100 / Double(whole) }
    }

    public struct CategoryLine: Sendable, Hashable {
        public let category: LegalAidCategory
        public var applications = 0
        public var granted = 0
        public var refused = 0
        public var amountRecoveredFen = 0
    }

    public struct Summary: Sendable {
        public let applications: Int
        public let decided: Int
        public let granted: Int
        public let refused: Int
        public let withdrawn: Int
        /// Granted over decided (grant + refusal); withdrawn and pending applications are left out.
        public let grantRate: Rate
        /// Mean and median review days (受理至决定, paused days left out) over decided applications.
        public let meanReviewDays: Double?
        public let medianReviewDays: Double?
        /// Decided after the 第四十三条 deadline (with an extension reason).
        public let decidedLate: Int
        public let closedCases: Int
        public let amountRecoveredFen: Int
        /// In `LegalAidCategory` order; categories without applications are left out.
        public let byCategory: [CategoryLine]
        /// Granted applications by recipient group, in `RecipientGroup` order, zero groups left out.
        public let recipientsByGroup: [(group: RecipientGroup, count: Int)]
        /// Closed cases by outcome, in `LegalAidOutcome` order, zero outcomes left out.
        public let casesByOutcome: [(outcome: LegalAidOutcome, count: Int)]
        /// 满意率: 满意 and 基本满意 over every rated case (unrated cases left out).
        public var satisfaction = Rate(part: 0, whole: 0)
    }

    public static func summary(_ records: [Record]) -> Summary {
        var lines: [LegalAidCategory: CategoryLine] = [:]
        var groups: [RecipientGroup: Int] = [:]
        var outcomes: [LegalAidOutcome: Int] = [:]
        var reviewDays: [Int] = []
        var granted = 0, refused = 0, withdrawn = 0, late = 0, closed = 0, amount = 0
        for record in records {
            var line = lines[record.category] ?? CategoryLine(category: record.category)
            line.applications += 1
            if let decidedOn = record.decidedOn {
                reviewDays.append(LegalAidDeadlines.reviewDays(receivedOn: record.receivedOn, decidedOn: decidedOn, supplements: record.supplements))
                if record.granted {
                    granted += 1
                    line.granted += 1
                    for group in RecipientGroup.groups(of: record.circumstances) { groups[group, default: 0] += 1 }
                } else {
                    refused += 1
                    line.refused += 1
                }
                if record.decidedLate { late += 1 }
            }
            if record.state == .withdrawn { withdrawn += 1 }
            if record.state == .closed {
                closed += 1
                if let outcome = record.outcome { outcomes[outcome, default: 0] += 1 }
            }
            amount += record.amountRecoveredFen
            line.amountRecoveredFen += record.amountRecoveredFen
            lines[record.category] = line
        }
        let ratings = records.compactMap(\.satisfied)
        let sorted = reviewDays.sorted()
        let median: Double? = sorted.isEmpty ? nil
            : sorted.count % 2 == 1 ? Double(sorted[sorted.count / 2])
            : Double(sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
        var summary = Summary(
            applications: records.count, decided: granted + refused, granted: granted, refused: refused, withdrawn: withdrawn,
            grantRate: Rate(part: granted, whole: granted + refused),
            meanReviewDays: sorted.isEmpty ? nil : Double(sorted.reduce(0, +)) / Double(sorted.count),
            medianReviewDays: median, decidedLate: late, closedCases: closed, amountRecoveredFen: amount,
            byCategory: LegalAidCategory.allCases.compactMap { lines[$0] },
            recipientsByGroup: RecipientGroup.allCases.compactMap { g in groups[g].map { (g, $0) } },
            casesByOutcome: LegalAidOutcome.allCases.compactMap { o in outcomes[o].map { (o, $0) } })
        summary.satisfaction = Rate(part: ratings.filter { $0 }.count, whole: ratings.count)
        return summary
    }
}
