import FarunCore
import Plot

extension KnowledgeListPage {
    struct View {
        let model: Model
        let context: PageContext

        func document() -> HTML {
            let l = context.l10n
            return Layout.page(l(.knowledgeTitle), context: context,
                .pageHeading(l(.knowledgeTitle), lead: l(.knowledgeLead)),
                .form(.class("filters"), .method(.get), .action(SiteURL.knowledge.path), .attribute(named: "role", value: "search"),
                    Forms.field("q", label: l(.knowledgeSearchPublic), value: model.query, type: .search, maxLength: 60),
                    Forms.select("kind", label: l(.knowledgeFieldKind), options: KnowledgeText.kindOptions(l), selected: model.kind?.rawValue, includeEmpty: l(.filterAll)),
                    Forms.select("field", label: l(.knowledgeFieldLegalField), options: KnowledgeText.fieldOptions(l), selected: model.field?.rawValue, includeEmpty: l(.filterAll)),
                    .div(.class("actions"), .button(.type(.submit), .class("button primary"), .text(l(.searchButton))))
                ),
                .if(model.cards.isEmpty, .p(.class("empty"), .text(l(.knowledgeNoneFound)))),
                .if(!model.cards.isEmpty, .p(.text(l(.knowledgeFound, model.page.total)))),
                .ul(.class("cards"), .forEach(model.cards) { card in
                    .li(.class("card"),
                        .p(.class("kind"), .text(KnowledgeText.kind(card.kind, l) + " · " + KnowledgeText.field(card.field, l))),
                        .h2(.a(.href(SiteURL.knowledgeEntry(card.id).path), .text(card.title))),
                        .p(.text(card.summary)))
                }),
                PaginationView.nav(model.page, base: .knowledge, query: [("q", model.query), ("kind", model.kind?.rawValue), ("field", model.field?.rawValue)], l: l),
                .p(.class("notice"), .text(l(.knowledgeNotAdvice)))
            )
        }
    }
}
