import FarunCore
import Foundation

/// 检索词表 — the colloquial-to-legal mappings staff added to the shipped table: list, search, add, delete.
enum SearchExpansionsPage {
    struct Row: Sendable {
        let id: Int
        let colloquial: String
        let legalTerms: String
        let addedBy: String?
        let addedAt: Date?
    }

    struct Model: Sendable {
        var rows: [Row]
        var page: PageInfo
        var query: String
        /// Only those who manage knowledge at the root region change the vocabulary; others see it read-only.
        var canManage: Bool
        /// What the add form sent, shown again with its problems.
        var colloquial: String
        var legalTerms: String
        var problems: [FieldProblem]
        var done: String?

        static let mock = Model(
            rows: [.init(id: 4, colloquial: "黑工", legalTerms: "非法用工 未签订劳动合同", addedBy: "陈志远",
                         addedAt: Date(timeIntervalSince1970: 1_790_000_000)),
                   .init(id: 2, colloquial: "碰瓷", legalTerms: "敲诈勒索 诈骗", addedBy: nil, addedAt: nil)],
            page: PageInfo(request: PageRequest(page: 1, per: 50), total: 2), query: "", canManage: true,
            colloquial: "", legalTerms: "", problems: [], done: nil)
    }

    static func flash(_ done: String, _ l: L10n) -> String {
        done == "deleted" ? l(.expansionFlashDeleted) : l(.expansionFlashAdded)
    }
}
