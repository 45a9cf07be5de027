/// Where an order stands against its deadline (时限状态), for the workbench and the escalation sweep.
/// Raw values are stored.
public enum DeadlineFlag: String, Sendable, Codable, CaseIterable, Comparable {
    case onTime = "on_time"
    /// 即将超期: 80 % of the period used.
    case approaching
    /// 已超期.
    case overdue

    /// The share of the period after which an order is flagged as approaching.
    public static let warningFraction = 0.8

    /// The flag for a fraction of the period used (`StatutoryPeriod.elapsedFraction`) and whether today is
    /// past the due date.
    public static func from(elapsedFraction: Double, pastDue: Bool) -> DeadlineFlag {
        if pastDue { return .overdue }
        return elapsedFraction >= warningFraction ? .approaching : .onTime
    }

    private var rank: Int {
        switch self {
        case .onTime: 0
        case .approaching: 1
        case .overdue: 2
        }
    }

    public static func < (a: Self, b: Self) -> Bool { a.rank < b.rank }
}
