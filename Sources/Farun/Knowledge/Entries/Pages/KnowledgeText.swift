import FarunCore
import Plot

/// Pieces the case/FAQ pages share: names of kinds, fields and states, and a linked article as a link or text.
enum KnowledgeText {
    /// A linked article as pages show it.
    struct LinkedArticle: Sendable, Equatable {
        let citation: String
        /// The article's page when the statutes hold it.
        let url: SiteURL?
        /// nil: no statutes imported, nothing checked.
        let verified: Bool?

        init(citation: String, url: SiteURL?, verified: Bool?) {
            self.citation = citation
            self.url = url
            self.verified = verified
        }

        init(_ link: StatuteLinks.Link) {
            citation = link.reference.citation
            if let law = link.lawID, let article = link.articleID { url = .lawArticle(law, article: article) } else { url = nil }
            verified = link.verified
        }
    }

    static func kind(_ kind: KnowledgeEntryKind, _ l: L10n) -> String { l.name("entrykind", kind) }
    static func field(_ field: LegalField, _ l: L10n) -> String { l.name("field", field) }
    static func state(_ state: KnowledgeEntryState, _ l: L10n) -> String { l.name("entrystate", state) }

    static func kindOptions(_ l: L10n) -> [Forms.Option] {
        KnowledgeEntryKind.allCases.map { .init(value: $0.rawValue, label: kind($0, l)) }
    }

    static func fieldOptions(_ l: L10n) -> [Forms.Option] {
        LegalField.allCases.map { .init(value: $0.rawValue, label: field($0, l)) }
    }

    static func stateOptions(_ l: L10n) -> [Forms.Option] {
        KnowledgeEntryState.allCases.map { .init(value: $0.rawValue, label: state($0, l)) }
    }

    /// The list of linked articles: each a link to its statute page when imported, else plain text.
    static func articles(_ articles: [LinkedArticle], _ l: L10n, showUnverified: Bool) -> Node<HTML.BodyContext> {
        .ul(.class("linked-articles"), .forEach(articles) { article in
            let note: String? = switch article.verified {
            case false?: l(.knowledgeArticleNotFound)
            case nil: l(.knowledgeArticleUnverified)
            case true?: nil
            }
            return .li(
                .unwrap(article.url, { .a(.href($0.path), .text(article.citation)) }, else: .text(article.citation)),
                .unwrap(showUnverified ? note : nil) { .group(.text(" "), .span(.class("badge"), .text($0))) }
            )
        })
    }

    /// Body text as paragraphs, one per line typed.
    static func paragraphs(_ text: String) -> Node<HTML.BodyContext> {
        .forEach(text.split(whereSeparator: \.isNewline).map(String.init).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) {
            .p(.text($0))
        }
    }
}
