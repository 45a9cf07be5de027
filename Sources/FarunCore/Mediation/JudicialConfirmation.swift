import Foundation

/// 司法确认 of an effective mediation agreement: the parties apply jointly to a court, which decides whether the
/// agreement is valid. Pure rules; the app records the application and the court's decision.

/// Which court the parties applied to (PM-12, 民事诉讼法第二百零五条): the court that invited the mediation organisation
/// to mediate (委派调解), or otherwise the basic court where a party lives, the mediation organisation sits or the
/// subject matter is. Raw values are stored.
public enum ConfirmationCourt: String, Sendable, Codable, CaseIterable {
    /// 作出邀请的人民法院 (人民法院邀请调解组织开展先行调解的).
    case invitingCourt = "inviting_court"
    /// 当事人住所地基层人民法院.
    case partyDomicile = "party_domicile"
    /// 调解组织所在地基层人民法院.
    case mediationOrganisation = "mediation_organisation"
    /// 标的物所在地基层人民法院.
    case subjectMatter = "subject_matter"
}

/// The materials PM-X3 lists (《最高人民法院关于人民调解协议司法确认程序的若干规定》第三条). Raw values are stored.
public enum ConfirmationMaterial: String, Sendable, Codable, CaseIterable {
    /// 司法确认申请书
    case application
    /// 调解协议
    case agreement
    /// 身份证明、资格证明
    case identityProof = "identity_proof"
    /// 与调解协议相关的财产权利证明
    case propertyProof = "property_proof"
    /// 双方当事人的住所、联系方式
    case addresses
    /// 授权委托书 (only when a party acts through an agent)
    case powerOfAttorney = "power_of_attorney"
}

/// The court's decision (PM-14, 民事诉讼法第二百零六条). Raw values are stored.
public enum ConfirmationOutcome: String, Sendable, Codable, CaseIterable {
    /// 裁定调解协议有效: a party may apply to the court for enforcement if the other does not perform.
    case confirmed
    /// 裁定驳回申请: the parties may amend the agreement or reach a new one by mediation, or sue.
    case rejected
}

public enum ConfirmationProblem: Error, Sendable, Hashable {
    /// PM-X1 (若干规定第四条): the court does not accept confirmation of identity, adoption or marriage relations.
    case personalRelations
    /// PM-11 (人民调解法第三十三条): the application was made after the 30-day window closed on `due`.
    case windowClosed(due: LocalDate)
    /// Only an effective agreement can be confirmed.
    case agreementNotEffective
    /// The filing date is before the agreement took effect, or in the future.
    case filingDateInvalid
    case courtNameMissing
    /// A confirmation application is already recorded.
    case alreadyApplied
    case noApplication
    case outcomeAlreadyRecorded
    /// The decision date is before the filing or in the future.
    case decisionDateInvalid
    /// A rejection is followed by one of the routes PM-14 leaves: told only, or litigation / legal aid.
    case referralNotForRejection
}

public enum JudicialConfirmation {
    /// PM-13 (民事诉讼法第一百八十七条): special-procedure cases, judicial confirmation among them, 「应当在立案之日起三十日内…
    /// 审结」. "日" in procedure law: calendar days, a last day on a rest day moving to the next working day (第八十五条).
    /// The SPC's 2011 rule (PM-X2, 若干规定第五条) said 15 days + 10 with approval; the current law governs.
    public static let decisionDays = 30

    /// The day the court should have decided by, counted from the filing (立案) day.
    public static func decisionDeadline(filedOn: LocalDate, calendar: WorkCalendar) -> Deadline {
        StatutoryPeriod.due(from: filedOn, count: decisionDays, unit: .calendarDays, calendar: calendar)
    }

    /// Words that mark an agreement about a personal status relation rather than rights and duties (PM-X1).
    static let personalRelationWords = ["婚姻关系", "离婚", "结婚", "收养", "亲子关系", "身份关系", "父子关系", "母子关系", "父女关系", "母女关系"]

    /// PM-X1 (若干规定第四条（二）至（四）): agreements confirming identity, adoption or marriage relations cannot be
    /// confirmed. Farun has no field for "what relation the agreement settles", so the heuristic is: a family dispute
    /// (婚姻家庭纠纷) whose agreed issues or terms speak of marriage, divorce, adoption, parentage or identity. A family
    /// dispute about support or property only (赡养费, 分家析产) can still be confirmed.
    public static func concernsPersonalRelations(disputeType: DisputeType, issues: String, terms: String) -> Bool {
        guard disputeType == .family else { return false }
        let text = issues + "\n" + terms
        return personalRelationWords.contains { text.contains($0) }
    }

    /// Whether the application can be recorded: an effective agreement, not about personal relations (PM-X1), filed
    /// between the day it took effect and today, and within the 30 days of 人民调解法第三十三条 (PM-11).
    public static func applicationProblems(
        agreementEffective: LocalDate?, personalRelations: Bool, filedOn: LocalDate, today: LocalDate, courtName: String,
        calendar: WorkCalendar
    ) -> [ConfirmationProblem] {
        guard let effective = agreementEffective else { return [.agreementNotEffective] }
        if personalRelations { return [.personalRelations] }
        var problems: [ConfirmationProblem] = []
        if filedOn < effective || filedOn > today {
            problems.append(.filingDateInvalid)
        } else {
            let window = MediationPeriods.confirmationDeadline(agreementEffective: effective, calendar: calendar)
            if filedOn > window.dueDate { problems.append(.windowClosed(due: window.dueDate)) }
        }
        if courtName.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { problems.append(.courtNameMissing) }
        return problems
    }

    /// The PM-X3 materials not yet present. The power of attorney is only needed when a party acts through an agent.
    public static func missingMaterials(present: Set<ConfirmationMaterial>, throughAgent: Bool) -> [ConfirmationMaterial] {
        ConfirmationMaterial.allCases.filter { !present.contains($0) && ($0 != .powerOfAttorney || throughAgent) }
    }

    /// Whether the court's decision can be recorded (PM-14): once, on or after the filing and not in the future; a
    /// rejection may be followed by litigation or legal aid (or the parties are told only), a confirmation by nothing.
    public static func outcomeProblems(filedOn: LocalDate, alreadyDecided: Bool, outcome: ConfirmationOutcome, decidedOn: LocalDate,
                                       today: LocalDate, referral: Referral) -> [ConfirmationProblem] {
        if alreadyDecided { return [.outcomeAlreadyRecorded] }
        var problems: [ConfirmationProblem] = []
        if decidedOn < filedOn || decidedOn > today { problems.append(.decisionDateInvalid) }
        let allowed: Set<Referral> = outcome == .rejected ? [.none, .litigation, .legalAid] : [.none]
        if !allowed.contains(referral) { problems.append(.referralNotForRejection) }
        return problems
    }
}

/// 司法确认 in the statistics: of the disputes counted, how many applications were recorded and how the courts decided.
public struct ConfirmationTally: Sendable, Hashable {
    public var applied = 0
    public var confirmed = 0
    public var rejected = 0

    public init() {}

    /// Applications still waiting for the court.
    public var pending: Int { applied - confirmed - rejected }

    /// One entry per recorded application: its outcome, or nil while the court has not decided.
    public static func of(_ outcomes: [ConfirmationOutcome?]) -> ConfirmationTally {
        var tally = ConfirmationTally()
        for outcome in outcomes {
            tally.applied += 1
            switch outcome {
            case .confirmed: tally.confirmed += 1
            case .rejected: tally.rejected += 1
            case nil: break
            }
        }
        return tally
    }
}
