/// 删除检索词 — the confirmation step before a row leaves the vocabulary (a page, so it works without scripts).
enum SearchExpansionDeletePage {
    struct Model: Sendable {
        var id: Int
        var colloquial: String
        var legalTerms: String

        static let mock = Model(id: 4, colloquial: "黑工", legalTerms: "非法用工 未签订劳动合同")
    }
}
