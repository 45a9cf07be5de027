import Foundation

/// Where a legal aid application came from when staff turned something else into it in one step (not the form).
/// Raw values are stored: never change them.
public enum LegalAidOrigin: String, Sendable, Codable, CaseIterable {
    /// A lawyer handed an online consultation (快解答) on to legal aid.
    case consultation
    /// A 12348 operator turned an answered call into an application.
    case hotlineCall = "hotline_call"
}

/// What a hand-off could not know and the applicant must still give. The officer's one-time supplement notice
/// (一次性告知, 法律援助法第四十三条, LA-04) lists these; nothing is made up for them.
/// Raw values are stored (comma-separated on the application).
public enum LegalAidMissingField: String, Sendable, Codable, CaseIterable {
    /// The asker gave no name (anonymous consultation).
    case applicantName = "applicant_name"
    /// 申请人身份证明 (第四十条 / 法律援助条例第十七条): neither a call nor a consultation carries it.
    case applicantResidentID = "applicant_resident_id"
    /// The category from the law's list: a guess from the matter at most, to be confirmed by the officer.
    case category
    /// 对方当事人.
    case opponentName = "opponent_name"
    /// 经济困难状况说明 (第四十一条, LA-17), when the screening needs it.
    case economicStatement = "economic_statement"
    /// 个人诚信承诺, signed by the applicant (第四十一条, LA-17).
    case pledge

    public static func parse(_ text: String) -> [LegalAidMissingField] {
        let found = Set(text.split(separator: ",").compactMap { LegalAidMissingField(rawValue: String($0)) })
        return allCases.filter(found.contains)
    }

    public static func format(_ fields: [LegalAidMissingField]) -> String {
        allCases.filter(fields.contains).map(\.rawValue).joined(separator: ",")
    }

    /// What a hand-off from a conversation lacks: always the ID number, the opponent, the pledge and the
    /// category's confirmation; the economic statement when the screening of the category asks for it; the
    /// name when the asker gave none.
    public static func forHandoff(nameGiven: Bool, screening: LegalAidScreening.Result) -> [LegalAidMissingField] {
        var fields: [LegalAidMissingField] = [.applicantResidentID, .category, .opponentName, .pledge]
        if !nameGiven { fields.append(.applicantName) }
        if screening.economicReview.needsPledge { fields.append(.economicStatement) }
        return allCases.filter(fields.contains)
    }
}

/// A guess at the law's category from a matter described in plain words (a call note, a consultation). Only a
/// starting point: the officer confirms the category (it stays on the missing list). Pure.
public enum LegalAidMatterGuess {
    /// Words that point at a category, strongest first (工伤 before 工资: a work-injury claim often mentions pay).
    static let keywords: [(LegalAidCategory, [String])] = [
        (.workInjury, ["工伤"]),
        (.wages, ["欠薪", "讨薪", "拖欠工资", "欠工资", "工资", "劳动报酬", "工钱"]),
        (.employmentRelation, ["劳动关系", "劳动合同"]),
        (.maintenance, ["赡养", "抚养费", "扶养", "抚养"]),
        (.socialInsurance, ["社会保险", "社保", "低保", "社会救助", "养老金"]),
        (.survivorPension, ["抚恤"]),
        (.stateCompensation, ["国家赔偿"]),
        (.capacity, ["无民事行为能力", "限制民事行为能力"]),
        (.otherInjury, ["交通事故", "车祸", "医疗事故", "医疗纠纷", "食品安全", "药品"]),
        (.environment, ["环境污染", "生态破坏", "污染"]),
        (.criminalVictim, ["被害人", "刑事附带民事", "自诉"]),
        (.criminalDefence, ["犯罪嫌疑人", "被告人", "刑事辩护", "被抓", "拘留"]),
    ]

    /// The first category whose words appear in the text, or nil.
    public static func category(for text: String) -> LegalAidCategory? {
        let plain = text.replacingOccurrences(of: " ", with: "")
        return keywords.first { _, words in words.contains { plain.contains($0) } }?.0
    }

    /// The text looks like a legal aid matter: a category fits, or it asks for legal aid outright.
    /// Used for the hint to tell the caller of their right to apply (第二十三条, LA-24).
    public static func looksLikeLegalAid(_ text: String) -> Bool {
        category(for: text) != nil || text.contains("法律援助") || text.contains("法援") || text.contains("请不起律师")
    }
}
