import FarunCore
import Foundation

/// 法律服务机器人: a question box; answers with articles, typical cases and FAQ; a notice that this is not legal
/// advice; the hand-off to a person. Works without JavaScript (a GET form), on a phone and at a kiosk.
enum AskPage {
    /// One suggestion as the page shows it.
    struct Item: Sendable, Equatable {
        /// 劳动合同法 第八十二条, or a case's title.
        let title: String
        let snippet: [Snippet.Part]
        let url: String

        init(title: String, snippet: [Snippet.Part], url: String) {
            self.title = title
            self.snippet = snippet
            self.url = url
        }

        init(_ result: KnowledgeResult) {
            let item = result.item
            switch item.target {
            case .article:
                title = [item.lawShortName ?? item.title, item.articleLabel ?? ""].filter { !$0.isEmpty }.joined(separator: " ")
            case .entry:
                title = item.title
            }
            snippet = result.hit.snippet.parts
            url = KnowledgeLinks.url(item.target).path
        }
    }

    struct Suggestions: Sendable, Equatable {
        var articles: [Item]
        var cases: [Item]
        var faqs: [Item]

        init(articles: [Item], cases: [Item], faqs: [Item]) {
            self.articles = articles
            self.cases = cases
            self.faqs = faqs
        }

        init(_ answer: AskAnswer) {
            self.init(articles: answer.articles.map(Item.init), cases: answer.cases.map(Item.init), faqs: answer.faqs.map(Item.init))
        }

        var isEmpty: Bool { articles.isEmpty && cases.isEmpty && faqs.isEmpty }
    }

    struct Model: Sendable {
        var question: String
        /// The service point when asked at its kiosk: large type, and the hand-off goes to the kiosk's form.
        var kioskPointID: Int?
        /// nil before a question is asked (or when it was refused).
        var suggestions: Suggestions?
        var problems: [FieldProblem]
        /// The index is still being built (just after a start): ask again in a moment.
        var indexBuilding: Bool

        static let mock = Model(question: "", kioskPointID: nil, suggestions: nil, problems: [], indexBuilding: false)

        static let mockSuggestions = Suggestions(
            articles: [
                Item(title: "劳动合同法 第三十条", snippet: [
                    .init(text: "用人单位应当按照劳动合同约定和国家规定，向劳动者及时足额支付", isMatch: false),
                    .init(text: "劳动报酬", isMatch: true), .init(text: "。", isMatch: false),
                ], url: "/laws/3/articles/30"),
                Item(title: "劳动合同法 第八十五条", snippet: [
                    .init(text: "未按照劳动合同的约定或者国家规定及时足额支付劳动者", isMatch: false),
                    .init(text: "劳动报酬", isMatch: true), .init(text: "的……", isMatch: false),
                ], url: "/laws/3/articles/85"),
            ],
            cases: [Item(title: "农民工讨薪获法律援助", snippet: [.init(text: "某建筑公司拖欠工资……", isMatch: false)], url: "/knowledge/1")],
            faqs: [Item(title: "老板拖欠工资怎么办？", snippet: [.init(text: "可以向劳动保障监察机构投诉……", isMatch: false)], url: "/knowledge/2")])

        static let mockAnswered = Model(question: "老板拖欠工资三个月不给怎么办", kioskPointID: nil, suggestions: mockSuggestions,
                                        problems: [], indexBuilding: false)
        static let mockNothingFound = Model(question: "？？？", kioskPointID: nil,
                                            suggestions: Suggestions(articles: [], cases: [], faqs: []), problems: [], indexBuilding: false)
        static let mockKiosk = Model(question: "老板拖欠工资三个月不给怎么办", kioskPointID: 7, suggestions: mockSuggestions,
                                     problems: [], indexBuilding: false)
        static let mockBuilding = Model(question: "离婚", kioskPointID: nil, suggestions: nil, problems: [], indexBuilding: true)
    }
}
