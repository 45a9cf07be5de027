/// 纠纷类型. Raw values are stored and exported: never change them.
public enum DisputeType: String, Sendable, Codable, CaseIterable {
    /// 婚姻家庭纠纷
    case family
    /// 邻里纠纷
    case neighbour
    /// 劳动争议 (劳动争议调解仲裁法 applies beside 人民调解法)
    case labour
    /// 物业纠纷
    case propertyManagement = "property_management"
    /// 土地（山林、宅基地）纠纷
    case land
    /// 损害赔偿纠纷
    case compensation
    /// 合同纠纷
    case contract
    /// 涉疫情纠纷
    case epidemic
    /// 其他
    case other

    /// Disputes on personal relations: 电子签名法第三条 excludes them from electronic signatures (DP-20).
    public var concernsPersonalRelations: Bool { self == .family }
}

/// 紧急程度. `escalationRisk` means the dispute may turn into a public-order or criminal case, which
/// 人民调解法第二十五条 requires reporting to the police (PM-05).
public enum DisputeUrgency: String, Sendable, Codable, CaseIterable {
    case normal
    case urgent
    case escalationRisk = "escalation_risk"
}

/// A party's answer to "do you agree to people's mediation?" (人民调解法第三条（一）自愿, 第十七条, 第二十三条（二）).
public enum MediationConsent: String, Sendable, Codable, CaseIterable {
    case agrees
    /// 明确拒绝: mediation may not go ahead (第十七条).
    case refuses
    /// Not yet asked (e.g. the respondent of an online application). Mediation may not start before it is asked.
    case notYetAsked = "not_yet_asked"
}

/// 当事人的身份.
public enum PartyRole: String, Sendable, Codable, CaseIterable {
    /// 申请人
    case applicant
    /// 被申请人 / 对方当事人
    case respondent
    /// 第三人 / 其他当事人
    case other
}
