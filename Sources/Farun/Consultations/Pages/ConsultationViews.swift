import FarunCore
import Plot

/// Pieces the citizen's and the lawyers' consultation pages share.
enum ConsultationViews {
    /// One answer or follow-up in a thread, as the citizen and the answering lawyer both see it; `key` marks it for
    /// the question page's script.
    static func entry(_ entry: ConsultationPage.Entry, key: String? = nil, links: [String: String], l: L10n) -> Node<HTML.ListContext> {
        .li(.class(entry.isAnswer ? "entry answer" : "entry follow-up"),
            .attribute(named: "data-entry", value: key),
            .p(.class("entry-meta"), .strong(.text(entry.isAnswer ? l(.consultAnswer) : l(.consultFollowUpEntry))),
               .text(" · " + Formatting.dateTime(entry.at, l))),
            .p(.class("entry-text"), .text(entry.text)),
            articles(entry.articles, links: links, l: l))
    }

    /// An answer's article references, each a link to its statute page when the statutes hold it.
    static func articles(_ articles: [String], links: [String: String], l: L10n) -> Node<HTML.BodyContext> {
        .if(!articles.isEmpty, .p(
            .class("hint consult-articles"), .text(l(.consultArticles) + "："),
            .forEach(articles.enumerated()) { index, article in
                .group(
                    .if(index > 0, .text("；")),
                    links[article].map { .a(.href($0.attributeEscaped), .text(article)) } ?? .text(article)
                )
            }
        ))
    }

    /// The masked text with what still looks personal marked (疑似个人信息), for the FAQ reviewer.
    static func highlighted(_ text: String) -> Node<HTML.BodyContext> {
        .forEach(PersonalDataHints.segments(text)) { segment in
            segment.flagged ? .element(named: "mark", nodes: [.class("personal-hint"), .text(segment.text)]) : .text(segment.text)
        }
    }
}
