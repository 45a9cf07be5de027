/// 满意率: the share of ratings that are 满意 or 基本满意 among all ratings. Provincial hotline contracts count
/// 基本满意 as satisfied; with no rating there is no rate (never 0 % and never 100 %).
public struct SatisfactionRate: Sendable, Hashable {
    public var satisfied: Int
    public var basicallySatisfied: Int
    public var dissatisfied: Int

    public init(satisfied: Int = 0, basicallySatisfied: Int = 0, dissatisfied: Int = 0) {
        self.satisfied = satisfied
        self.basicallySatisfied = basicallySatisfied
        self.dissatisfied = dissatisfied
    }

    public var total: Int { satisfied + basicallySatisfied + dissatisfied }

    /// Between 0 and 1, or nil without ratings.
    public var rate: Double? {
        total == 0 ? nil : Double(satisfied + basicallySatisfied) / Double(total)
    }

    /// "95.2%" (one decimal, rounded half up), or nil without ratings.
    public var percentText: String? {
        guard total > 0 else { return nil }
        // Integer arithmetic: tenths of a percent, rounded half up, so 2/3 is 66.7 % on every platform.
        let tenths = ((satisfied + basicallySatisfied) * 2000 + total) / (2 * total)
        return "\(tenths / 10).\(tenths % 10)%"
    }

    /// The sum of two tallies (e.g. a unit's services).
    public static func + (a: SatisfactionRate, b: SatisfactionRate) -> SatisfactionRate {
        SatisfactionRate(satisfied: a.satisfied + b.satisfied, basicallySatisfied: a.basicallySatisfied + b.basicallySatisfied,
                         dissatisfied: a.dissatisfied + b.dissatisfied)
    }
}
