import FarunCore
import Foundation

/// 案例与问答管理 — the cases and FAQ of the staff member's regions, every state, searchable and filterable.
enum KnowledgeAdminIndexPage {
    struct Row: Sendable {
        let id: Int
        let kind: KnowledgeEntryKind
        let title: String
        let field: LegalField
        let state: KnowledgeEntryState
        let region: String
        let updatedAt: Date?
    }

    struct Model: Sendable {
        var rows: [Row]
        var page: PageInfo
        var query: String
        var kind: KnowledgeEntryKind?
        var state: KnowledgeEntryState?
        var field: LegalField?
        var done: String?

        static let mock = Model(
            rows: [.init(id: 3, kind: .typicalCase, title: "入职八个月未签劳动合同，获赔二倍工资差额", field: .labour, state: .published,
                         region: "古县 / 岳阳镇", updatedAt: Date(timeIntervalSince1970: 1_790_000_000)),
                   .init(id: 5, kind: .faq, title: "协议离婚后反悔，还能要回财产吗？", field: .marriageFamily, state: .draft,
                         region: "古县", updatedAt: Date(timeIntervalSince1970: 1_790_003_600)),
                   .init(id: 7, kind: .faq, title: "网购退货运费由谁承担？", field: .consumer, state: .retired,
                         region: "古县", updatedAt: nil)],
            page: PageInfo(request: PageRequest(page: 1, per: 30), total: 3), query: "", kind: nil, state: nil, field: nil, done: nil)
    }
}
