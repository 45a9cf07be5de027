import FarunCore
import Plot

extension KnowledgeEntryPage {
    struct View {
        let model: Model
        let context: PageContext

        func document() -> HTML {
            let l = context.l10n
            let isCase = model.kind == .typicalCase
            return Layout.page(model.title, context: context,
                .p(.class("breadcrumb"), .a(.href(SiteURL.knowledge.path), .text(l(.knowledgeTitle)))),
                .article(
                    .p(.class("kind"), .text(KnowledgeText.kind(model.kind, l) + " · " + KnowledgeText.field(model.field, l))),
                    .h1(.text(model.title)),
                    .p(.class("lead"), .text(model.summary)),
                    .h2(.text(isCase ? l(.knowledgeCaseBody) : l(.knowledgeFaqBody))),
                    KnowledgeText.paragraphs(model.body),
                    .if(!model.articles.isEmpty, .section(
                        .h2(.text(l(.knowledgeLinkedArticles))),
                        KnowledgeText.articles(model.articles, l, showUnverified: false))),
                    .dl(.class("facts"),
                        .dt(.text(l(.knowledgeFieldSource))), .dd(.text(model.source)),
                        .unwrap(model.publishedAt) { .group(.dt(.text(l(.knowledgePublishedOn))), .dd(.text(Formatting.dateTime($0, l)))) })
                ),
                .div(.class("notice"), .p(.text(l(.knowledgeNotAdvice))),
                     .p(.a(.href(SiteURL.apply.path), .text(l(.knowledgeAskHuman))))),
                .p(.a(.href(SiteURL.knowledge.path), .text(l(.knowledgeBackToList))))
            )
        }
    }
}
