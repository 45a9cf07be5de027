import FarunCore
import Plot

extension LawArticlePage {
    struct View {
        let model: Model
        let context: PageContext

        func document() -> HTML {
            let l = context.l10n
            let law = model.law
            let heading = StatuteViews.heading(chapter: model.chapter, section: model.section)
            return Layout.page("\(law.name) \(model.label)", context: context,
                .nav(.class("breadcrumbs"), .attribute(named: "aria-label", value: l(.lawsTitle)),
                     .a(.href(SiteURL.laws.path), .text(l(.lawsTitle))), .text(" › "),
                     .a(.href(SiteURL.law(law.id).path + "#" + LawPage.anchor(model.articleID)), .text(law.name))),
                .h1(.text("\(law.name) \(model.label)")),
                .p(StatuteViews.badge(law.standing, l)),
                .if(!heading.isEmpty, .p(.class("chapter"), .text(heading))),
                StatuteViews.text(model.text),
                .nav(.class("prev-next"), .attribute(named: "aria-label", value: l(.lawArticleNeighbours)),
                     .unwrap(model.previous) { .a(.rel(.prev), .href(SiteURL.lawArticle(law.id, article: $0.id).path), .text(l(.lawPrevious, $0.label))) },
                     .unwrap(model.next) { .a(.rel(.next), .href(SiteURL.lawArticle(law.id, article: $0.id).path), .text(l(.lawNext, $0.label))) }),
                .if(!model.amendments.isEmpty, .section(
                    .class("amendments"), .attribute(named: "aria-labelledby", value: "amendments-heading"),
                    .h2(.id("amendments-heading"), .text(l(.lawAmendmentsHeading))),
                    .ul(.forEach(model.amendments) { note in
                        .li(.h3(.a(.href(SiteURL.lawArticle(note.lawID, article: note.articleID).path), .text("\(note.lawName) \(note.label)"))),
                            .p(.class("meta"), .text(l(.lawAmendmentEffective, StatuteViews.day(note.effectiveDate, l))), .text(" · "),
                               .text(note.includedInText ? l(.lawAmendmentIncluded) : l(.lawAmendmentNotIncluded))),
                            StatuteViews.text(note.text))
                    })
                )),
                StatuteViews.versions(model.otherVersions, l)
            )
        }
    }
}
