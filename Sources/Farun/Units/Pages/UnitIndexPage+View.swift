import FarunCore
import Plot

extension UnitIndexPage {
    struct View {
        let model: Model
        let context: PageContext

        func document() -> HTML {
            let l = context.l10n
            return Layout.page(l(.unitsTitle), context: context, audience: .staff,
                .pageHeading(l(.unitsTitle), lead: l(.unitsLead)),
                .flash(model.done.map { _ in l(.flashSaved) }),
                .p(.a(.class("button primary"), .href(SiteURL.adminUnitNew.path), .text(l(.unitsAdd))), .text(" "),
                   .a(.class("button secondary"), .href(SiteURL.adminRoutingRules.path), .text(l(.routingRulesTitle)))),
                .form(.class("filters"), .method(.get), .action(SiteURL.adminUnits.path), .attribute(named: "role", value: "search"),
                    Forms.field("q", label: l(.fieldName), value: model.query, maxLength: 60),
                    .div(.class("check"),
                        .input(.type(.checkbox), .id("retired"), .name("retired"), .value("1"), .attribute(named: "checked", value: model.includeRetired ? "checked" : nil)),
                        .label(.for("retired"), .text(l(.unitsIncludeRetired)))),
                    .div(.class("actions"), .button(.type(.submit), .class("button secondary"), .text(l(.searchButton))))),
                .if(model.rows.isEmpty, .p(.class("empty"), .text(l(.listEmpty)))),
                .if(!model.rows.isEmpty, .table(.class("data dense"),
                    .caption(.text(l(.unitsCaption, model.page.total))),
                    .thead(.tr(.th(.text(l(.fieldName))), .th(.text(l(.fieldRegion))), .th(.text(l(.unitStrategy))), .th(.text(l(.unitHead))),
                               .th(.class("num"), .text(l(.unitMembers))), .th(.class("num"), .text(l(.unitWaiting))))),
                    .tbody(.forEach(model.rows) { row in
                        .tr(.td(.a(.href(SiteURL.adminUnit(row.id).path), .text(row.name)),
                                .if(row.retired, .group(.text(" "), .span(.class("badge"), .text(l(.statusRetired)))))),
                            .td(.text(row.region)), .td(.text(l.name("strategy", row.strategy))), .td(.text(row.head ?? "—")),
                            .td(.class("num"), .text(String(row.members))), .td(.class("num"), .text(String(row.waiting))))
                    }))),
                PaginationView.nav(model.page, base: .adminUnits, query: [("q", model.query), ("retired", model.includeRetired ? "1" : nil)], l: l)
            )
        }
    }
}
