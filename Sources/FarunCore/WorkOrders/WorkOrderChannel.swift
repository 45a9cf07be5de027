/// The door a request came in by (受理渠道). 三台融合: every channel leads to the same work order.
/// Raw values are stored: never change them.
public enum WorkOrderChannel: String, Sendable, Codable, CaseIterable {
    /// 窗口: a clerk at a service point's window (实体平台).
    case window
    /// 自助终端: a self-service kiosk at a service point.
    case kiosk
    /// 12348 热线.
    case hotline
    /// 网站: the online platform on a computer.
    case web
    /// 手机网页: the online platform on a phone.
    case mobileWeb = "mobile_web"
    /// 法律服务机器人转人工: a hand-off from the self-service Q&A robot.
    case robot

    /// Channels a citizen uses without a clerk; the others are registered by staff.
    public var isSelfService: Bool {
        switch self {
        case .kiosk, .web, .mobileWeb, .robot: true
        case .window, .hotline: false
        }
    }
}

/// How urgent an order is (优先级). The green channel (绿色通道) is a separate flag with a reason.
public enum WorkOrderPriority: String, Sendable, Codable, CaseIterable, Comparable {
    case normal
    case urgent

    public static func < (a: Self, b: Self) -> Bool { a == .normal && b == .urgent }
}

/// Why an order takes the green channel (绿色通道): groups that provincial rules serve first.
public enum GreenChannelReason: String, Sendable, Codable, CaseIterable {
    /// 农民工讨薪: migrant workers claiming unpaid wages or work-injury compensation (法律援助法 art 42).
    case migrantWages = "migrant_wages"
    /// 一线职工、快递员、外卖员等新就业形态劳动者.
    case frontLineWorkers = "front_line_workers"
    /// 老年人.
    case elderly
    /// 残疾人.
    case disabled
    /// 未成年人.
    case minor
    /// 军人军属、退役军人.
    case military
    /// 其他 (the reason text says which).
    case other
}
