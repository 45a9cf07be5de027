/// A legal specialty (法律领域) a professional may list on their profile. The list is fixed.
public enum LegalField: String, Sendable, Codable, CaseIterable {
    /// 劳动争议.
    case labour
    /// 婚姻家庭.
    case marriageFamily = "marriage_family"
    /// 继承.
    case inheritance
    /// 合同.
    case contract
    /// 债权债务.
    case debt
    /// 物权、房产.
    case property
    /// 土地、承包.
    case land
    /// 交通事故.
    case traffic
    /// 人身损害.
    case personalInjury = "personal_injury"
    /// 医疗纠纷.
    case medical
    /// 消费者权益.
    case consumer
    /// 公司、企业.
    case company
    /// 刑事.
    case criminal
    /// 行政.
    case administrative
    /// 知识产权.
    case intellectualProperty = "intellectual_property"
    /// 环境资源.
    case environment
    /// 老年人、未成年人权益.
    case elderlyMinors = "elderly_minors"
}
