import FarunCore
import Plot

extension LawPage {
    struct View {
        let model: Model
        let context: PageContext

        func document() -> HTML {
            let l = context.l10n
            let law = model.law
            return Layout.page(law.name, context: context,
                .nav(.class("breadcrumbs"), .attribute(named: "aria-label", value: l(.lawsTitle)), .a(.href(SiteURL.laws.path), .text(l(.lawsTitle)))),
                .h1(.text(law.name)),
                .p(StatuteViews.badge(law.standing, l)),
                LawPage.metadata(law, l),
                StatuteViews.versions(model.otherVersions, l),
                .if(model.parts.count > 1, .nav(
                    .class("contents"), .attribute(named: "aria-labelledby", value: "contents-heading"),
                    .h2(.id("contents-heading"), .text(l(.lawContents))),
                    .ol(.forEach(model.parts.filter { $0.chapter != nil || $0.section != nil }) { part in
                        .li(.a(.href("#" + LawPage.anchor(part.articles.first?.id ?? 0)), .text(StatuteViews.heading(chapter: part.chapter, section: part.section))))
                    })
                )),
                .section(.class("articles"), .attribute(named: "aria-label", value: l(.lawArticles)),
                    .forEach(model.parts) { part in
                        .group(
                            .if(part.chapter != nil || part.section != nil, .h2(.class("chapter"), .text(StatuteViews.heading(chapter: part.chapter, section: part.section)))),
                            .forEach(part.articles) { article in
                                .article(.id(LawPage.anchor(article.id)), .class("statute-article"),
                                    .h3(.a(.href(SiteURL.lawArticle(law.id, article: article.id).path), .text(article.label))),
                                    StatuteViews.text(article.text))
                            }
                        )
                    })
            )
        }
    }

    /// The metadata list shared by the law and article pages.
    static func metadata(_ law: LawSummary, _ l: L10n) -> Node<HTML.BodyContext> {
        let rows: [(String, String?)] = [
            (l(.lawDocType), law.docType), (l(.lawsDepartment), law.department), (l(.lawIssuingBody), law.issuingBody),
            (l(.lawPublishDate), law.publishDate.map { StatuteViews.day($0, l) }),
            (l(.lawEffectiveDate), law.effectiveDate.map { StatuteViews.day($0, l) }),
            (l(.lawVersionDate), law.versionDate.map { StatuteViews.day($0, l) }),
            (l(.lawSourceStatus), l.name("lawstatus", law.status)), (l(.lawAmends), law.amendsName),
            (l(.lawArticleTotal), String(law.articleCount)),
        ]
        return .dl(.class("law-meta"), .forEach(rows.filter { $0.1 != nil }) { row in
            .group(.dt(.text(row.0)), .dd(.text(row.1 ?? "")))
        })
    }
}
