import FarunCore
import Plot

extension ServicePointFinderPage {
    struct View {
        let model: Model
        let context: PageContext

        func document() -> HTML {
            let l = context.l10n
            let kinds = ServicePointKind.allCases.map { Forms.Option(value: $0.rawValue, label: l.name("kind", $0)) }
            return Layout.page(l(.finderTitle), context: context,
                .pageHeading(l(.finderTitle), lead: l(.finderLead)),
                .form(.class("filters"), .method(.get), .action(SiteURL.servicePoints.path), .attribute(named: "role", value: "search"),
                    Forms.select("region", label: l(.fieldRegion), options: model.regions, selected: model.regionID.map(String.init), includeEmpty: l(.filterAll)),
                    Forms.select("kind", label: l(.fieldKind), options: kinds, selected: model.kind?.rawValue, includeEmpty: l(.filterAll)),
                    Forms.field("q", label: l(.searchNameOrAddress), value: model.query, maxLength: 60),
                    .div(.class("actions"), .button(.type(.submit), .class("button primary"), .text(l(.searchButton))))
                ),
                .p(.attribute(named: "role", value: "status"), .text(l(.finderCount, model.page.total))),
                .if(model.points.isEmpty, .p(.class("empty"), .text(l(.finderEmpty)))),
                .ul(.class("cards"), .forEach(model.points) { card in .li(.class("card"), ServicePointDetailPage.body(card, l: l, heading: 2)) }),
                PaginationView.nav(model.page, base: .servicePoints, query: [("q", model.query), ("kind", model.kind?.rawValue), ("region", model.regionID.map(String.init))], l: l)
            )
        }
    }
}
