import FarunCore
import Plot

extension LawListPage {
    struct View {
        let model: Model
        let context: PageContext

        func document() -> HTML {
            let l = context.l10n
            return Layout.page(l(.lawsTitle), context: context,
                .pageHeading(l(.lawsTitle), lead: l(.lawsLead)),
                .form(.class("filters"), .method(.get), .action(SiteURL.laws.path), .attribute(named: "role", value: "search"),
                    Forms.field("q", label: l(.lawsSearchName), value: model.text, maxLength: 40),
                    Forms.select("department", label: l(.lawsDepartment), options: model.departments.map { .init(value: $0, label: $0) },
                                 selected: model.department, includeEmpty: l(.filterAll)),
                    .div(.class("actions"), .button(.type(.submit), .class("button primary"), .text(l(.searchButton))))
                ),
                .p(.attribute(named: "role", value: "status"), .text(l(.lawsCount, model.page.total))),
                .if(model.laws.isEmpty, .p(.class("empty"), .text(l(.lawsEmpty)))),
                .ul(.class("cards law-list"), .forEach(model.laws) { law in
                    .li(.class("card"),
                        .h2(.a(.href(SiteURL.law(law.id).path), .text(law.name))),
                        .p(StatuteViews.badge(law.standing, l)),
                        .p(.class("meta"), .text([law.department, law.versionDate.map { l(.lawVersionOf, StatuteViews.day($0, l)) },
                                                  l(.lawArticleCount, law.articleCount)].compactMap { $0 }.joined(separator: " · "))))
                }),
                PaginationView.nav(model.page, base: .laws, query: [("q", model.text), ("department", model.department)], l: l)
            )
        }
    }
}
