/// Where a legal aid application is (法律援助申请的审查与办理状态). Raw values are stored: never change them.
/// The application rides on a work order of the LEGAL_AID service; `workOrderState` is the state the work
/// order shows in the shared queues and tracking pages.
public enum LegalAidState: String, Sendable, Codable, CaseIterable {
    /// 已收到申请: under review; the 7-day decision clock runs (第四十三条).
    case received
    /// 材料不齐: the one-time notice of everything missing has gone out (第四十三条第二款); the decision clock
    /// is paused until the applicant supplies or explains.
    case materialsIncomplete = "materials_incomplete"
    /// 视为撤回 / 撤回: no supplement or explanation by the reply date (第四十三条第二款), or withdrawn. Final.
    case withdrawn
    /// 决定给予: granted; a provider must be assigned within 3 days (第四十三条).
    case granted
    /// 决定不予: refused in writing with reasons; open to objection (第四十九条).
    case refused
    /// 已指派: a legal aid lawyer or legal worker holds it.
    case assigned
    /// 办理中
    case handling
    /// 已结案: the provider filed the closing report (第五十条). Final.
    case closed
    /// 终止: aid ended on a ground of 第四十八条; open to objection (第四十九条).
    case terminated

    public var isFinal: Bool { self == .withdrawn || self == .closed }

    /// The state the underlying work order shows.
    public var workOrderState: WorkOrderState {
        switch self {
        case .received: .accepted
        case .materialsIncomplete: .supplementRequested
        case .withdrawn: .withdrawn
        case .granted: .accepted
        case .refused, .terminated: .refused
        case .assigned: .assigned
        case .handling: .inProgress
        case .closed: .resolved
        }
    }

    /// States from which the applicant may object (第四十九条: 不予法律援助、终止法律援助的决定).
    public var isObjectionable: Bool { self == .refused || self == .terminated }
}

/// What someone does to an application. Raw values appear in the timeline and audit trail.
public enum LegalAidAction: String, Sendable, Codable, CaseIterable {
    case requestMaterials = "request_materials"
    case supplyMaterials = "supply_materials"
    /// The reply date passed without supplement or explanation: 视为撤回.
    case lapse
    case withdraw
    case grant
    case refuse
    case assign
    case startHandling = "start_handling"
    case close
    case terminate
    /// The bureau ordered the agency to correct its decision (第四十九条): the application is decided again.
    case reopen
}

/// Grounds to terminate aid, 第四十八条（一）–（八）. Raw values are stored.
public enum TerminationGround: String, Sendable, Codable, CaseIterable {
    case fraud
    case concealment
    case illegalUse = "illegal_use"
    case financesChanged = "finances_changed"
    case proceedingsEnded = "proceedings_ended"
    case ownCounsel = "own_counsel"
    case recipientRequest = "recipient_request"
    case otherByLaw = "other_by_law"

    public var item: Int { (Self.allCases.firstIndex(of: self) ?? 0) + 1 }
}

/// How a finished case ended (结案情况), for the closing report and statistics. Raw values are stored.
public enum LegalAidOutcome: String, Sendable, Codable, CaseIterable {
    /// 胜诉 / 支持诉求
    case won
    /// 部分支持
    case partlyWon = "partly_won"
    /// 调解 / 和解结案
    case settled
    /// 败诉 / 未支持
    case lost
    /// 刑事: 无罪、免予处罚、从轻减轻等辩护意见被采纳
    case defenceAccepted = "defence_accepted"
    /// 刑事: 辩护意见未被采纳
    case defenceRejected = "defence_rejected"
    /// 其他
    case other
}
