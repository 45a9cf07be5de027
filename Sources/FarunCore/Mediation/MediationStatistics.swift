/// One dispute as statistics see it.
public struct DisputeFact: Sendable, Hashable {
    public enum Outcome: String, Sendable, Hashable { case open, agreed, failed }
    public var type: DisputeType
    public var pointID: Int?
    public var acceptedOn: LocalDate
    public var outcome: Outcome
    public var amount: DisputeAmount?

    public init(type: DisputeType, pointID: Int?, acceptedOn: LocalDate, outcome: Outcome, amount: DisputeAmount?) {
        self.type = type
        self.pointID = pointID
        self.acceptedOn = acceptedOn
        self.outcome = outcome
        self.amount = amount
    }
}

/// 调解统计. Every figure is about the disputes accepted (受理) in the period, so the numbers of one period never
/// change meaning when a later period is added:
/// - accepted: disputes accepted; mediated (调结): of those, concluded (agreed or failed);
/// - success rate (调解成功率): agreed / mediated, nil with nothing mediated;
/// - amount: the sum of the amounts involved; agreedAmount: of agreed disputes only.
public struct MediationTally: Sendable, Hashable {
    public var accepted = 0
    public var agreed = 0
    public var failed = 0
    public var amountFen: Int64 = 0
    public var agreedAmountFen: Int64 = 0

    public init() {}

    public var mediated: Int { agreed + failed }
    public var open: Int { accepted - mediated }

    public var successRate: Double? { mediated == 0 ? nil : Double(agreed) / Double(mediated) }

    /// "66.7%" (tenths, rounded half up in integer arithmetic), or nil with nothing mediated.
    public var successPercentText: String? { MediationStatistics.percentText(agreed, of: mediated) }

    mutating func add(_ fact: DisputeFact) {
        accepted += 1
        let fen = fact.amount?.fen ?? 0
        amountFen += fen
        switch fact.outcome {
        case .agreed:
            agreed += 1
            agreedAmountFen += fen
        case .failed: failed += 1
        case .open: break
        }
    }
}

public enum MediationStatistics {
    public struct Report: Sendable, Hashable {
        public var total = MediationTally()
        public var byType: [DisputeType: MediationTally] = [:]
        /// nil key: online disputes not taken at a point.
        public var byPoint: [Int?: MediationTally] = [:]
    }

    /// The disputes accepted in `from...through`, with optional type and point filters.
    public static func report(_ facts: [DisputeFact], from: LocalDate, through: LocalDate,
                              type: DisputeType? = nil, pointID: Int? = nil) -> Report {
        var report = Report()
        for fact in facts where fact.acceptedOn >= from && fact.acceptedOn <= through
            && (type == nil || fact.type == type) && (pointID == nil || fact.pointID == pointID) {
            report.total.add(fact)
            report.byType[fact.type, default: MediationTally()].add(fact)
            report.byPoint[fact.pointID, default: MediationTally()].add(fact)
        }
        return report
    }

    /// 同比: the same days one year earlier (29 February becomes 28 February).
    public static func yearEarlier(_ day: LocalDate) -> LocalDate {
        LocalDate(year: day.year - 1, month: day.month, day: day.day)
            ?? LocalDate(year: day.year - 1, month: day.month, day: day.day - 1)!
    }

    /// 同比变化: (current − previous) / previous, nil when there was nothing the year before.
    public static func change(current: Int, previous: Int) -> Double? {
        previous == 0 ? nil : Double(current - previous) / Double(previous)
    }

    /// "+25.0%", "-33.3%", or nil when there was nothing the year before.
    public static func changeText(current: Int, previous: Int) -> String? {
        guard previous > 0 else { return nil }
        let diff = current - previous
        guard let text = percentText(abs(diff), of: previous) else { return nil }
        return (diff < 0 ? "-" : "+") + text
    }

    /// Tenths of a percent, rounded half up with integers so every platform prints the same.
    public static func percentText(_ part: Int, of whole: Int) -> String? {
        guard whole > 0 else { return nil }
        let tenths = (part * 2000 + whole) / (2 * whole)
        return "\(tenths / 10).\(tenths % 10)%"
    }

    /// Success rates compared year over year, in percentage points (e.g. 0.8 vs 0.75 → +5.0 pt), nil when either
    /// year mediated nothing.
    public static func rateChange(current: MediationTally, previous: MediationTally) -> Double? {
        guard let now = current.successRate, let before = previous.successRate else { return nil }
        return (now - before) * 100
    }
}
