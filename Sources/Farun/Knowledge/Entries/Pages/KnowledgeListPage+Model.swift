import FarunCore
import Foundation

/// 典型案例与常见问答 — what citizens can read: published cases and FAQ, searchable, filtered by kind and field.
enum KnowledgeListPage {
    struct Card: Sendable {
        let id: Int
        let kind: KnowledgeEntryKind
        let title: String
        let summary: String
        let field: LegalField
        let publishedAt: Date?
    }

    struct Model: Sendable {
        var cards: [Card]
        var page: PageInfo
        var query: String
        var kind: KnowledgeEntryKind?
        var field: LegalField?

        static let mock = Model(
            cards: [.init(id: 3, kind: .typicalCase, title: "入职八个月未签劳动合同，获赔二倍工资差额",
                          summary: "王某入职某餐馆八个月，餐馆一直未与其签订书面劳动合同。", field: .labour,
                          publishedAt: Date(timeIntervalSince1970: 1_790_000_000)),
                    .init(id: 5, kind: .faq, title: "协议离婚后反悔，还能要回财产吗？", summary: "离婚协议中的财产分割条款，原则上对双方有约束力。",
                          field: .marriageFamily, publishedAt: nil)],
            page: PageInfo(request: PageRequest(page: 1, per: 20), total: 2), query: "", kind: nil, field: nil)
    }
}
