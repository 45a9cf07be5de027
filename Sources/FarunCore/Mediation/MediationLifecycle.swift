/// Where a dispute stands in mediation (调解进程). Raw values are stored: never change them.
/// The work order underneath keeps its own state (accepted → assigned → in progress → resolved); this is the
/// mediation-specific part the work order cannot express.
public enum MediationStage: String, Sendable, Codable, CaseIterable {
    /// 已受理: registered, waiting for a mediator.
    case accepted
    /// 已指派: a mediator holds it (the head assigned it or the mediator claimed it).
    case assigned
    /// 调解中: at least one session held.
    case mediating
    /// 协议起草: an agreement is drafted and waiting for signatures / confirmation.
    case agreementDrafted = "agreement_drafted"
    /// 调解成功: the agreement has taken effect (人民调解法第二十九条 / 第三十条). Final, apart from 回访.
    case agreed
    /// 调解终止: mediation failed and was terminated (第二十六条). Final.
    case failed

    public var isFinal: Bool { self == .agreed || self == .failed }
}

public enum MediationAction: String, Sendable, Codable, CaseIterable {
    /// The unit's head gives the dispute to a mediator.
    case assign
    /// A mediator takes it from the queue.
    case claim
    case recordSession = "record_session"
    case draftAgreement = "draft_agreement"
    /// A party, the mediator or the committee signs / seals / confirms.
    case sign
    /// 调解不成，终止调解.
    case fail
    /// 回访.
    case recordVisit = "record_visit"
}

/// The mediation state machine. Pure: the store applies the result.
public enum MediationLifecycle {
    static let table: [MediationStage: [MediationAction: MediationStage]] = [
        .accepted: [.assign: .assigned, .claim: .assigned, .fail: .failed],
        .assigned: [.assign: .assigned, .recordSession: .mediating, .fail: .failed],
        .mediating: [.assign: .mediating, .recordSession: .mediating, .draftAgreement: .agreementDrafted, .fail: .failed],
        .agreementDrafted: [.assign: .agreementDrafted, .recordSession: .agreementDrafted, .draftAgreement: .agreementDrafted,
                            .sign: .agreementDrafted, .fail: .failed],
        .agreed: [.recordVisit: .agreed],
    ]

    public static func availableActions(in stage: MediationStage) -> [MediationAction] {
        MediationAction.allCases.filter { table[stage]?[$0] != nil }
    }

    /// The stage after `action`, or why not. `conflict`: the mediator taking the dispute has a recorded or detected
    /// conflict of interest. `parties` are checked for consent before a session (mediation cannot start unless
    /// every party agrees: 第三条（一）, 第十七条). `agreementComplete`: all signatures are in after this signature.
    public static func apply(
        _ action: MediationAction, in stage: MediationStage, conflict: Bool = false, parties: [DisputeParty] = [],
        agreementComplete: Bool = false
    ) -> Result<MediationStage, MediationProblem> {
        guard var next = table[stage]?[action] else { return .failure(.notAllowed(from: stage, action: action)) }
        switch action {
        case .assign, .claim:
            if conflict { return .failure(.conflictOfInterest) }
        case .recordSession:
            if conflict { return .failure(.conflictOfInterest) }
            if let first = DisputeIntake.consentProblems(parties).first { return .failure(first) }
        case .sign:
            if agreementComplete { next = .agreed }
        default:
            break
        }
        return .success(next)
    }
}

/// The stage as people are shown it. A dispute's mediation record starts at `accepted`, but an online application's
/// work order still waits at the front desk (已提交): until the front desk accepts it, it is 待受理, not 已受理; refused
/// there it is 不予受理, withdrawn 已撤回. The raw value is the key after "mstage." in the strings.
public struct ShownMediationStage: RawRepresentable, Sendable, Hashable {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let awaitingAcceptance = ShownMediationStage(rawValue: "awaiting_acceptance")
    public static let notAccepted = ShownMediationStage(rawValue: "not_accepted")
    public static let withdrawn = ShownMediationStage(rawValue: "withdrawn")

    public init(_ stage: MediationStage, orderState: WorkOrderState) {
        switch orderState {
        case .submitted, .returned: self = stage == .accepted ? .awaitingAcceptance : Self(rawValue: stage.rawValue)
        case .refused: self = .notAccepted
        case .withdrawn: self = .withdrawn
        default: self = Self(rawValue: stage.rawValue)
        }
    }
}
