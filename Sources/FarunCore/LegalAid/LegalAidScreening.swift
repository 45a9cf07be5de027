/// What the application form tells the applicant before they submit (and what the officer sees): whether the
/// economic situation is reviewed, whether the case is served first, and which proofs to bring. Pure.
public enum LegalAidScreening {
    /// How the economic situation is treated (法律援助法 第二十五、三十二、四十一、四十二条).
    public enum EconomicReview: Sendable, Hashable {
        /// 第二十五条 / 第二十八条: appointed on notice; no economic condition and no application.
        case notApplicable(article: String)
        /// 第三十二条: 不受经济困难条件的限制 — no economic condition at all (proof of the circumstance only).
        case noCondition(item: Int)
        /// 第四十二条: 免予核查经济困难状况 — the condition applies but is not checked, given proof of status.
        case exempt(item: Int)
        /// 第四十一条: the applicant states the situation and signs a personal integrity pledge (个人诚信承诺),
        /// or authorises a data-sharing check.
        case pledge

        /// The citation shown beside the result.
        public var citation: String {
            switch self {
            case .notApplicable(let article): "《中华人民共和国法律援助法》\(article)"
            case .noCondition(let item): "《中华人民共和国法律援助法》第三十二条第（\(Self.numeral(item))）项"
            case .exempt(let item): "《中华人民共和国法律援助法》第四十二条第（\(Self.numeral(item))）项"
            case .pledge: "《中华人民共和国法律援助法》第四十一条"
            }
        }

        /// True when the integrity pledge about the economic situation is required.
        public var needsPledge: Bool { self == .pledge }

        static func numeral(_ n: Int) -> String { ["", "一", "二", "三", "四", "五"][min(max(n, 0), 5)] }
    }

    /// Why a case is served first.
    public enum Priority: String, Sendable, Hashable, CaseIterable {
        /// 第四十四条（一）: fewer than 7 days to a limitation period or deadline — aid may start before the
        /// decision (先行提供法律援助).
        case limitationNear = "limitation_near"
        /// 第四十四条（二）: property or evidence preservation or provisional execution is needed at once.
        case urgentPreservation = "urgent_preservation"
        /// Green channel (绿色通道) for migrant workers' wage and work-injury claims: 第四十二条（三） exempts them
        /// from the means check; serving them first is national policy, not statute.
        case migrantWorkerClaim = "migrant_worker_claim"
        /// Green channel for elderly and disabled applicants (第四十五条 accessible service) and minors.
        case vulnerableGroup = "vulnerable_group"
        /// 第二十五、二十八、三十六条: appointment on notice must be made within 3 days of the notice.
        case notifiedAppointment = "notified_appointment"

        /// 第四十四条 allows provisional aid (先行提供) before the decision.
        public var allowsProvisionalAid: Bool { self == .limitationNear || self == .urgentPreservation }

        public var citation: String {
            switch self {
            case .limitationNear: "《中华人民共和国法律援助法》第四十四条第（一）项"
            case .urgentPreservation: "《中华人民共和国法律援助法》第四十四条第（二）项"
            case .migrantWorkerClaim: "《中华人民共和国法律援助法》第四十二条第（三）项"
            case .vulnerableGroup: "《中华人民共和国法律援助法》第四十五条"
            case .notifiedAppointment: "《中华人民共和国法律援助法》第三十六条"
            }
        }
    }

    /// What the applicant says about the urgency of the matter.
    public struct Urgency: Sendable, Hashable {
        /// Days left before a limitation period or procedural deadline expires, if the applicant knows.
        public var daysToLimitation: Int?
        public var needsPreservation: Bool

        public init(daysToLimitation: Int? = nil, needsPreservation: Bool = false) {
            self.daysToLimitation = daysToLimitation
            self.needsPreservation = needsPreservation
        }
    }

    public struct Result: Sendable, Hashable {
        public let economicReview: EconomicReview
        /// Empty when the case takes the normal queue; the first is the strongest reason.
        public let priorities: [Priority]
        /// The proofs the applicant should bring for the circumstances that change the review (one-time list).
        public let proofs: [LegalAidCircumstance]

        public var isPriority: Bool { !priorities.isEmpty }
        public var allowsProvisionalAid: Bool { priorities.contains { $0.allowsProvisionalAid } }
    }

    /// The assessment for a category and the applicant's stated circumstances. The strongest economic rule
    /// wins: notified appointment, then 第三十二条 (no condition), then 第四十二条 (exempt from the check), then
    /// the pledge. Circumstances that do not fit the category are ignored (e.g. 进城务工人员 asking for a
    /// maintenance payment is not exempt: 第四十二条（三） covers wages and work injury only).
    public static func assess(
        category: LegalAidCategory, circumstances: Set<LegalAidCircumstance>, urgency: Urgency = .init()
    ) -> Result {
        let review: EconomicReview
        var proofs: [LegalAidCircumstance] = []
        if category.isNotified {
            review = .notApplicable(article: category.article)
        } else if let (item, proof) = noConditionItem(category, circumstances) {
            review = .noCondition(item: item)
            proofs = [proof]
        } else if let (item, found) = exemptItem(category, circumstances) {
            review = .exempt(item: item)
            proofs = found
        } else {
            review = .pledge
        }
        var priorities: [Priority] = []
        if category.isNotified { priorities.append(.notifiedAppointment) }
        if let days = urgency.daysToLimitation, days >= 0, days < 7 { priorities.append(.limitationNear) }
        if urgency.needsPreservation { priorities.append(.urgentPreservation) }
        if circumstances.contains(.migrantWorker), category == .wages || category == .workInjury {
            priorities.append(.migrantWorkerClaim)
        }
        let vulnerable: Set<LegalAidCircumstance> = [.elderly, .disabled, .minor, .elderlyWithoutIncome, .disabledWithoutIncome, .minorWithoutIncome]
        if !circumstances.isDisjoint(with: vulnerable) { priorities.append(.vulnerableGroup) }
        return Result(economicReview: review, priorities: priorities, proofs: proofs)
    }

    /// 第三十二条: each item needs both the circumstance and a matching matter.
    private static func noConditionItem(
        _ category: LegalAidCategory, _ c: Set<LegalAidCircumstance>
    ) -> (Int, LegalAidCircumstance)? {
        // （一）维护英雄烈士的人格权益 and （二）见义勇为 are civil claims of any kind; （三） is state compensation;
        // （四） covers the victim's related rights, civil or as a criminal victim.
        if c.contains(.heroMartyrRelative), !category.isCriminal { return (1, .heroMartyrRelative) }
        if c.contains(.goodSamaritan), !category.isCriminal { return (2, .goodSamaritan) }
        if c.contains(.retrialAcquittal), category == .stateCompensation { return (3, .retrialAcquittal) }
        if c.contains(.abuseVictim), !category.isCriminal || category == .criminalVictim { return (4, .abuseVictim) }
        return nil
    }

    /// 第四十二条: the first item that applies, with every proof that supports it.
    private static func exemptItem(
        _ category: LegalAidCategory, _ c: Set<LegalAidCircumstance>
    ) -> (Int, [LegalAidCircumstance])? {
        let groups: [(Int, [LegalAidCircumstance])] = [
            (1, [.minorWithoutIncome, .elderlyWithoutIncome, .disabledWithoutIncome]),
            (2, [.socialAssistance, .judicialAssistance, .preferentialCare]),
        ]
        for (item, members) in groups {
            let found = members.filter(c.contains)
            if !found.isEmpty { return (item, found) }
        }
        if c.contains(.migrantWorker), category == .wages || category == .workInjury { return (3, [.migrantWorker]) }
        return nil
    }
}
