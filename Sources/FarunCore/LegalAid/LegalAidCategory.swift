import Foundation

/// A legal aid matter category (法律援助事项), from the law's own lists: criminal matters in 法律援助法
/// 第二十四、二十五、二十八、二十九条 and civil/administrative matters in 第三十一条 (nine items; item 5 and item 7
/// are split because the 第四十二条 migrant-worker exemption covers only part of them).
/// Raw values are stored: never change them.
public enum LegalAidCategory: String, Sendable, Codable, CaseIterable {
    /// 第二十四条: a suspect or defendant without a defender, for economic or other reasons (applies).
    case criminalDefence = "criminal_defence"
    /// 第二十五条: court, procuratorate or police must notify the agency (通知辩护); no application, no means test.
    case notifiedDefence = "notified_defence"
    /// 第二十八条: respondent or defendant in a compulsory medical treatment case (强制医疗), notified by the court.
    case compulsoryTreatment = "compulsory_treatment"
    /// 第二十九条: victim, private prosecutor or civil plaintiff in a criminal case, for economic reasons.
    case criminalVictim = "criminal_victim"
    /// 第三十一条（一）依法请求国家赔偿.
    case stateCompensation = "state_compensation"
    /// 第三十一条（二）请求给予社会保险待遇或者社会救助.
    case socialInsurance = "social_insurance"
    /// 第三十一条（三）请求发给抚恤金.
    case survivorPension = "survivor_pension"
    /// 第三十一条（四）请求给付赡养费、抚养费、扶养费.
    case maintenance
    /// 第三十一条（五）请求确认劳动关系.
    case employmentRelation = "employment_relation"
    /// 第三十一条（五）请求支付劳动报酬.
    case wages
    /// 第三十一条（六）请求认定公民无民事行为能力或者限制民事行为能力.
    case capacity
    /// 第三十一条（七）请求工伤事故人身损害赔偿.
    case workInjury = "work_injury"
    /// 第三十一条（七）请求交通事故、食品药品安全事故、医疗事故人身损害赔偿.
    case otherInjury = "other_injury"
    /// 第三十一条（八）请求环境污染、生态破坏损害赔偿.
    case environment
    /// 第三十一条（九）法律、法规、规章规定的其他情形 (e.g. a provincial regulation's extra matters).
    case otherByRegulation = "other_by_regulation"

    /// The article that lists the category, e.g. "第三十一条".
    public var article: String {
        switch self {
        case .criminalDefence: "第二十四条"
        case .notifiedDefence: "第二十五条"
        case .compulsoryTreatment: "第二十八条"
        case .criminalVictim: "第二十九条"
        default: "第三十一条"
        }
    }

    /// The item of 第三十一条 (1…9), nil for the criminal categories.
    public var item: Int? {
        switch self {
        case .criminalDefence, .notifiedDefence, .compulsoryTreatment, .criminalVictim: nil
        case .stateCompensation: 1
        case .socialInsurance: 2
        case .survivorPension: 3
        case .maintenance: 4
        case .employmentRelation, .wages: 5
        case .capacity: 6
        case .workInjury, .otherInjury: 7
        case .environment: 8
        case .otherByRegulation: 9
        }
    }

    /// "第三十一条第（五）项" style citation used on documents.
    public var citation: String {
        guard let item else { return "《中华人民共和国法律援助法》\(article)" }
        let numerals = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        return "《中华人民共和国法律援助法》\(article)第（\(numerals[item])）项"
    }

    public var isCriminal: Bool { item == nil }

    /// The court, procuratorate or police notify the agency (第二十五、二十八条): the person does not apply and
    /// there is no economic condition; the agency appoints a lawyer within 3 days of the notice (第三十六条).
    public var isNotified: Bool { self == .notifiedDefence || self == .compulsoryTreatment }
}

/// The form of service (法律援助服务形式), 第二十二条. Raw values are stored.
public enum LegalAidServiceForm: String, Sendable, Codable, CaseIterable {
    /// （二）代拟法律文书
    case documentDrafting = "document_drafting"
    /// （三）刑事辩护与代理
    case criminalDefence = "criminal_defence"
    /// （四）民事案件、行政案件、国家赔偿案件的诉讼代理及非诉讼代理
    case litigation
    /// （六）劳动争议调解与仲裁代理
    case labourArbitration = "labour_arbitration"

    /// The form that fits a category when the applicant does not say.
    public static func `default`(for category: LegalAidCategory) -> LegalAidServiceForm {
        category.isCriminal ? .criminalDefence : (category == .wages || category == .employmentRelation ? .labourArbitration : .litigation)
    }
}

/// What the applicant says about themselves on the form; proof is checked by the officer.
/// Raw values are stored (comma-separated on the application).
public enum LegalAidCircumstance: String, Sendable, Codable, CaseIterable {
    // 第四十二条（一）无固定生活来源的未成年人、老年人、残疾人等特定群体
    case minorWithoutIncome = "minor_without_income"
    case elderlyWithoutIncome = "elderly_without_income"
    case disabledWithoutIncome = "disabled_without_income"
    // 第四十二条（二）社会救助、司法救助或者优抚对象
    case socialAssistance = "social_assistance"
    case judicialAssistance = "judicial_assistance"
    case preferentialCare = "preferential_care"
    // 第四十二条（三）进城务工人员 (the exemption needs a wages or work-injury claim as well)
    case migrantWorker = "migrant_worker"
    // 第三十二条: no economic condition at all
    /// （一）英雄烈士近亲属为维护英雄烈士的人格权益
    case heroMartyrRelative = "hero_martyr_relative"
    /// （二）因见义勇为行为主张相关民事权益
    case goodSamaritan = "good_samaritan"
    /// （三）再审改判无罪请求国家赔偿
    case retrialAcquittal = "retrial_acquittal"
    /// （四）遭受虐待、遗弃或者家庭暴力的受害人主张相关权益
    case abuseVictim = "abuse_victim"
    // Not an exemption; recorded for priority service and statistics.
    /// 老年人 (with income): 第四十五条 accessible service; green channel.
    case elderly
    /// 残疾人 (with income): 第四十五条; green channel.
    case disabled
    /// 未成年人 (with income or represented, 第四十条).
    case minor
    /// 军人军属、退役军人.
    case military

    /// Parses a stored comma-separated list, ignoring unknown values.
    public static func parse(_ text: String) -> Set<LegalAidCircumstance> {
        Set(text.split(separator: ",").compactMap { LegalAidCircumstance(rawValue: $0.trimmingCharacters(in: .whitespaces)) })
    }

    /// The stored form: raw values in declaration order, comma-separated.
    public static func format(_ set: Set<LegalAidCircumstance>) -> String {
        allCases.filter(set.contains).map(\.rawValue).joined(separator: ",")
    }
}
