import FarunCore
import Foundation

/// 新增 / 编辑案例或问答 — one form for both, with the entry's state and the actions it allows.
enum KnowledgeEntryFormPage {
    struct Model: Sendable {
        /// nil when creating.
        var id: Int?
        var form: KnowledgeEntryForm
        var regionID: Int?
        /// The regions the staff member may file the entry under.
        var regions: [Forms.Option]
        /// nil when creating.
        var state: KnowledgeEntryState?
        /// The version the form was read at; a save against another version is refused.
        var version: Int
        /// The stored entry's linked articles, each checked against the imported statutes.
        var articles: [KnowledgeText.LinkedArticle]
        var problems: [FieldProblem]
        /// Someone else saved first: what was typed is shown again, not saved.
        var stale: Bool
        var publishedAt: Date?
        var done: String?

        static let mock = Model(
            id: 3,
            form: KnowledgeEntryForm(kind: "case", title: "入职八个月未签劳动合同，获赔二倍工资差额",
                                     summary: "王某入职某餐馆八个月，餐馆一直未与其签订书面劳动合同。",
                                     body: "王某申请劳动仲裁。\n仲裁委认为，用人单位自用工之日起超过一个月不满一年未与劳动者订立书面劳动合同，应当向劳动者每月支付二倍的工资。",
                                     legalField: "labour", source: "古县劳动人事争议仲裁委员会（示例）",
                                     articles: "《劳动合同法》第十条\n《劳动合同法》第八十二条"),
            regionID: 2, regions: [.init(value: "1", label: "古县"), .init(value: "2", label: "古县 / 岳阳镇")],
            state: .published, version: 4,
            articles: [.init(citation: "《劳动合同法》第十条", url: .lawArticle(12, article: 345), verified: true),
                       .init(citation: "《劳动合同法》第八十二条", url: nil, verified: false)],
            problems: [], stale: false, publishedAt: Date(timeIntervalSince1970: 1_790_000_000), done: nil)
    }

    /// The notice after `?done=…`.
    static func flash(_ done: String, _ l: L10n) -> String {
        switch done {
        case "created": l(.knowledgeFlashCreated)
        case "published": l(.knowledgeFlashPublished)
        case "retired": l(.knowledgeFlashRetired)
        default: l(.flashSaved)
        }
    }
}
