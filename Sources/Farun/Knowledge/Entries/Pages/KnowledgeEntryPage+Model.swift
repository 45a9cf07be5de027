import FarunCore
import Foundation

/// One published case or FAQ for citizens, with the articles it relies on (linked to the statutes when imported).
enum KnowledgeEntryPage {
    struct Model: Sendable {
        var id: Int
        var kind: KnowledgeEntryKind
        var title: String
        var summary: String
        var body: String
        var field: LegalField
        var source: String
        var publishedAt: Date?
        var articles: [KnowledgeText.LinkedArticle]

        static let mock = Model(
            id: 3, kind: .typicalCase, title: "入职八个月未签劳动合同，获赔二倍工资差额",
            summary: "王某入职某餐馆八个月，餐馆一直未与其签订书面劳动合同。",
            body: "王某申请劳动仲裁。\n仲裁委认为，用人单位自用工之日起超过一个月不满一年未与劳动者订立书面劳动合同，应当向劳动者每月支付二倍的工资。",
            field: .labour, source: "古县劳动人事争议仲裁委员会（示例）", publishedAt: Date(timeIntervalSince1970: 1_790_000_000),
            articles: [.init(citation: "《劳动合同法》第十条", url: .lawArticle(12, article: 345), verified: true),
                       .init(citation: "《劳动合同法》第八十二条", url: nil, verified: nil)])
    }
}
