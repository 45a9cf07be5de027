import FarunCore
import Plot

/// 服务清单 — the public catalog: every active service with its handler, fee, channels and statutory limits.
enum ServiceCatalogPage {
    struct Entry: Sendable {
        let id: Int
        let service: ServiceType
    }

    struct Model: Sendable {
        var entries: [Entry]
        /// How this deployment counts limits that only say "N日" (RULES §2).
        var unspecifiedDaysAre: PeriodUnit

        static let mock = Model(entries: [.init(id: 2, service: .mockLegalAid), .init(id: 4, service: .mockNotarization)],
                                unspecifiedDaysAre: .calendarDays)
    }
}

extension ServiceType {
    /// Page mocks, shaped like the seed.
    static let mockLegalAid = ServiceType(
        code: "LEGAL_AID", nameZh: "法律援助", nameEn: "Legal aid", handler: "县级以上司法行政部门设立的法律援助机构",
        materials: [.init(item: "法律援助申请", basis: "法律援助条例第17条"),
                    .init(item: "经济困难状况说明 + 个人诚信承诺", basis: "法律援助法第41条"),
                    .init(item: "与所申请事项有关的案件材料", basis: "法律援助条例第17条(三)", isRequired: false)],
        acceptanceLimit: TimeLimit(count: 7, unit: .unspecifiedDays, ruleID: "LA-01", citation: "《中华人民共和国法律援助法》第四十三条", text: "7日内作出决定"),
        handlingLimit: nil,
        otherLimits: [TimeLimit(count: 3, unit: .unspecifiedDays, ruleID: "LA-02", citation: "《中华人民共和国法律援助法》第四十三条", text: "决定后3日内指派"),
                      TimeLimit(count: 24, unit: .hours, ruleID: "LA-15", citation: "《中华人民共和国法律援助法》第三十九条", text: "羁押人员申请24小时内转交")],
        channels: [.window, .hotline, .web], isFree: true)

    static let mockNotarization = ServiceType(
        code: "NOTARIZATION", nameZh: "公证", nameEn: "Notarization", handler: "公证机构",
        materials: [.init(item: "身份证明", basis: "公证法第二十五条至第二十八条")],
        acceptanceLimit: nil,
        handlingLimit: TimeLimit(count: 15, unit: .workingDays, ruleID: "NO-01", citation: "《中华人民共和国公证法》第三十条", text: "受理后15个工作日内出证"),
        otherLimits: [], channels: [.window, .web], isFree: false)
}
