/// The state of a work order (工单状态). Raw values are stored in the database: never change them.
public enum WorkOrderState: String, Sendable, Codable, CaseIterable {
    /// 已提交: waiting at the front desk.
    case submitted
    /// 已受理: accepted, waiting for assignment in the handling unit's queue.
    case accepted
    /// 不予受理: refused with a written reason. Final.
    case refused
    /// 已分派: a person holds it.
    case assigned
    /// 办理中
    case inProgress = "in_progress"
    /// 补正材料: waiting for the citizen's missing materials; the statutory clock is paused.
    case supplementRequested = "supplement_requested"
    /// 转办: sent to another unit or region, waiting for that unit to take it.
    case transferred
    /// 退回: sent back to the front desk with a reason.
    case returned
    /// 办结: handled; waiting for the citizen's rating.
    case resolved
    /// 已关闭: rated, or closed after the rating window. Final.
    case closed
    /// 已撤回: withdrawn by the citizen (or deemed withdrawn). Final.
    case withdrawn

    public var isFinal: Bool { self == .refused || self == .closed || self == .withdrawn }

    /// Whether statutory handling time runs in this state.
    public var clockRuns: Bool {
        switch self {
        case .submitted, .accepted, .assigned, .inProgress, .transferred, .returned: true
        case .supplementRequested, .resolved, .refused, .closed, .withdrawn: false
        }
    }
}

/// What someone does to a work order. Raw values appear in the audit trail.
public enum WorkOrderAction: String, Sendable, Codable, CaseIterable {
    case accept
    case refuse
    case assign
    case start
    case requestSupplement = "request_supplement"
    case supplementReceived = "supplement_received"
    case transfer
    case returnToFrontDesk = "return"
    case withdraw
    case resolve
    case close
}

/// Who acts, as the lifecycle sees it; the app maps roles and ownership onto these.
public enum WorkOrderActor: String, Sendable, Codable, CaseIterable {
    /// 前台: window clerks, hotline operators, judicial office staff.
    case frontDesk = "front_desk"
    /// 后台: the handling unit (its head or members).
    case handlingUnit = "handling_unit"
    /// The person the order is assigned to.
    case assignee
    /// The requester.
    case citizen
    /// Farun itself (deadline sweeps, rating window).
    case system
}
