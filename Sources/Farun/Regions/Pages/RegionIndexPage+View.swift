import FarunCore
import Plot

extension RegionIndexPage {
    struct View {
        let model: Model
        let context: PageContext

        func document() -> HTML {
            let l = context.l10n
            let levels = RegionLevel.allCases.map { Forms.Option(value: $0.rawValue, label: l.name("level", $0)) }
            return Layout.page(l(.regionsTitle), context: context, audience: .staff,
                .pageHeading(l(.regionsTitle), lead: l(.regionsLead)),
                .flash(model.done.map { _ in l(.flashSaved) }),
                .if(model.canManage, .p(.a(.class("button primary"), .href(SiteURL.adminRegionNew.path), .text(l(.regionsAdd))))),
                .form(.class("filters"), .method(.get), .action(SiteURL.adminRegions.path),
                    .attribute(named: "role", value: "search"),
                    Forms.field("q", label: l(.searchNameOrCode), value: model.query, maxLength: 60),
                    Forms.select("level", label: l(.fieldLevel), options: levels, selected: model.level?.rawValue, includeEmpty: l(.filterAll)),
                    .unwrap(model.parentID) { .input(.type(.hidden), .name("parent"), .value(String($0))) },
                    .div(.class("check"),
                        .input(.type(.checkbox), .id("retired"), .name("retired"), .value("1"), .attribute(named: "checked", value: (model.includeRetired) ? "checked" : nil)),
                        .label(.for("retired"), .text(l(.regionsIncludeRetired)))),
                    .div(.class("actions"), .button(.type(.submit), .class("button secondary"), .text(l(.searchButton))))
                ),
                .if(model.rows.isEmpty, .p(.class("empty"), .text(l(.listEmpty)))),
                .if(!model.rows.isEmpty, .table(
                    .class("data"),
                    .caption(.text(l(.regionsTableCaption, model.page.total))),
                    .thead(.tr(.th(.text(l(.fieldName))), .th(.text(l(.fieldCode))), .th(.text(l(.fieldLevel))), .th(.text(l(.fieldStatus))))),
                    .tbody(.forEach(model.rows) { row in
                        .tr(
                            .td(.a(.href(SiteURL.adminRegion(row.id).path), .text(row.label))),
                            .td(.text(row.code ?? "—"), .if(row.codeSource == .local, .span(.class("badge"), .text(l(.regionCodeLocal))))),
                            .td(.text(l.name("level", row.level))),
                            .td(.text(row.retired ? l(.statusRetired) : l(.statusActive)))
                        )
                    })
                )),
                PaginationView.nav(model.page, base: .adminRegions, query: [("q", model.query), ("level", model.level?.rawValue), ("parent", model.parentID.map(String.init)), ("retired", model.includeRetired ? "1" : nil)], l: l)
            )
        }
    }
}
