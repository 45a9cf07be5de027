import FarunCore

/// 引用核对 (staff): paste a text, see every article citation in it and whether it stands.
enum CitationCheckPage {
    static let maxLength = 20_000

    struct Row: Sendable {
        let quoted: String
        let verdict: CitationCheck.Verdict
        let message: String
        /// The matched article's page and text, when there is one.
        let articleURL: String?
        let articleText: String?
    }

    struct Model: Sendable {
        var text: String
        var rows: [Row]?
        var problems: [FieldProblem] = []

        static let mock = Model(text: "依据《劳动合同法》第八十二条，用人单位应当支付二倍工资；劳动合同法第二百条另有规定。", rows: [
            Row(quoted: "《劳动合同法》第八十二条", verdict: .exists, message: "现行有效。", articleURL: "/laws/1/articles/82",
                articleText: "用人单位自用工之日起超过一个月不满一年未与劳动者订立书面劳动合同的，应当向劳动者每月支付二倍的工资。"),
            Row(quoted: "劳动合同法第二百条", verdict: .missing, message: "中华人民共和国劳动合同法没有第二百条；该法共98条。", articleURL: nil, articleText: nil),
        ])
    }

    /// The sentence for one finding, in the reader's language.
    static func message(_ f: CitationCheck.Finding, _ l: L10n) -> String {
        let detail = f.detail
        switch f.verdict {
        case .exists: return l(.citeExists)
        case .changedByRevision:
            return l(.citeChangedByRevision, StatuteViews.day(detail.first, l), StatuteViews.day(detail.count > 1 ? detail[1] : nil, l))
        case .missing: return l(.citeMissing, f.entry?.law.name ?? "", f.citation.articleText, detail.first ?? "")
        case .superseded: return l(.citeSuperseded, StatuteViews.day(detail.first, l))
        case .notYetInForce: return l(.citeNotYetInForce, StatuteViews.day(detail.first, l))
        case .unknownLaw:
            guard let name = f.citation.law else { return l(.citeNoLawNamed) }
            return l(.citeUnknownLaw, name)
        case .outOfRange:
            return detail.count > 1 && detail[1] == "item" ? l(.citeItemOutOfRange, detail[0]) : l(.citeParagraphOutOfRange, detail.first ?? "")
        }
    }
}
