/// One entry of the service catalog (服务清单): what a citizen may ask for, who handles it, what to bring
/// (一次性告知) and the statutory time limits that apply to its work orders.
public struct ServiceType: Sendable, Hashable, Codable {
    /// Stable code, e.g. "LEGAL_AID". Stored on every work order.
    public var code: String
    public var nameZh: String
    public var nameEn: String
    /// The kind of unit that handles it (法律援助中心, 公证处 …), as free text from the catalog.
    public var handler: String
    /// The one-time notification list (一次性告知): every material, with its legal basis.
    public var materials: [Material]
    /// Time from submission to the decision to accept or refuse (受理期限), if the law sets one.
    public var acceptanceLimit: TimeLimit?
    /// Time from acceptance to resolution (办理期限), if the law sets one.
    public var handlingLimit: TimeLimit?
    /// Other limits citizens should know about (e.g. 30 days to apply for judicial confirmation), shown only.
    public var otherLimits: [TimeLimit]
    /// The channels that may start it.
    public var channels: Set<WorkOrderChannel>
    /// 免费: no fee is charged.
    public var isFree: Bool

    public init(code: String, nameZh: String, nameEn: String, handler: String, materials: [Material],
                acceptanceLimit: TimeLimit?, handlingLimit: TimeLimit?, otherLimits: [TimeLimit],
                channels: Set<WorkOrderChannel>, isFree: Bool) {
        self.code = code
        self.nameZh = nameZh
        self.nameEn = nameEn
        self.handler = handler
        self.materials = materials
        self.acceptanceLimit = acceptanceLimit
        self.handlingLimit = handlingLimit
        self.otherLimits = otherLimits
        self.channels = channels
        self.isFree = isFree
    }

    public struct Material: Sendable, Hashable, Codable {
        public var item: String
        /// The legal basis, e.g. "法律援助法第41条".
        public var basis: String
        public var isRequired: Bool

        public init(item: String, basis: String, isRequired: Bool = true) {
            self.item = item
            self.basis = basis
            self.isRequired = isRequired
        }
    }

    /// A service code is upper-case ASCII letters, digits and underscores, 2–40 characters.
    public static func isValidCode(_ code: String) -> Bool {
        (2...40).contains(code.count) && code.allSatisfy { $0.isASCII && ($0.isUppercase || $0.isNumber || $0 == "_") }
            && code.first?.isLetter == true
    }
}

/// A statutory time limit (法定时限) with its citation, e.g. 15 working days, 公证法第三十条.
public struct TimeLimit: Sendable, Hashable, Codable {
    public var count: Int
    public var unit: DayUnit
    /// The rule in the domain rules, e.g. "NO-01" (may be empty for limits an administrator added).
    public var ruleID: String
    /// Law and article, e.g. "《中华人民共和国公证法》第三十条".
    public var citation: String
    /// What the limit is for, in plain words, e.g. "受理后15个工作日内出证".
    public var text: String

    public init(count: Int, unit: DayUnit, ruleID: String = "", citation: String, text: String) {
        self.count = count
        self.unit = unit
        self.ruleID = ruleID
        self.citation = citation
        self.text = text
    }

    /// The unit the calculator counts in. Laws that only say "N日" use the deployment's choice (RULES §2).
    public func periodUnit(unspecifiedDaysAre deployment: PeriodUnit) -> PeriodUnit? {
        switch unit {
        case .calendarDays: .calendarDays
        case .workingDays: .workingDays
        case .unspecifiedDays: deployment
        case .hours, .months, .years: nil
        }
    }
}

/// The unit a law states a limit in. Raw values follow rules.csv.
public enum DayUnit: String, Sendable, Codable, CaseIterable {
    /// 日, the law says calendar days or the 民法典 rule applies expressly.
    case calendarDays = "day(calendar)"
    /// 工作日.
    case workingDays = "working_day"
    /// "N日" without saying which: the deployment decides (default calendar days with roll-forward).
    case unspecifiedDays = "day(unspecified)"
    /// Shown only; work-order deadlines are counted in days.
    case hours = "hour"
    case months = "month"
    case years = "year"

    /// Whether the deadline calculator can count it.
    public var isDayCount: Bool { self == .calendarDays || self == .workingDays || self == .unspecifiedDays }
}
