import FarunCore
import Plot

extension ServicePointIndexPage {
    struct View {
        let model: Model
        let context: PageContext

        func document() -> HTML {
            let l = context.l10n
            let kinds = ServicePointKind.allCases.map { Forms.Option(value: $0.rawValue, label: l.name("kind", $0)) }
            return Layout.page(l(.servicePointsAdminTitle), context: context, audience: .staff,
                .pageHeading(l(.servicePointsAdminTitle)),
                .flash(model.done.map { _ in l(.flashSaved) }),
                .if(model.canManage, .p(.a(.class("button primary"), .href(SiteURL.adminServicePointNew.path), .text(l(.servicePointsAdd))))),
                .form(.class("filters"), .method(.get), .action(SiteURL.adminServicePoints.path), .attribute(named: "role", value: "search"),
                    Forms.field("q", label: l(.searchNameOrAddress), value: model.query, maxLength: 60),
                    Forms.select("kind", label: l(.fieldKind), options: kinds, selected: model.kind?.rawValue, includeEmpty: l(.filterAll)),
                    .div(.class("check"),
                        .input(.type(.checkbox), .id("closed"), .name("closed"), .value("1"), .attribute(named: "checked", value: (model.includeClosed) ? "checked" : nil)),
                        .label(.for("closed"), .text(l(.servicePointsIncludeClosed)))),
                    .div(.class("actions"), .button(.type(.submit), .class("button secondary"), .text(l(.searchButton))))
                ),
                .if(model.rows.isEmpty, .p(.class("empty"), .text(l(.listEmpty)))),
                .if(!model.rows.isEmpty, .table(.class("data"),
                    .caption(.text(l(.servicePointsTableCaption, model.page.total))),
                    .thead(.tr(.th(.text(l(.fieldName))), .th(.text(l(.fieldKind))), .th(.text(l(.fieldRegion))), .th(.text(l(.fieldCapacity))), .th(.text(l(.fieldStatus))))),
                    .tbody(.forEach(model.rows) { row in
                        .tr(.td(.a(.href(SiteURL.adminServicePoint(row.id).path), .text(row.name))),
                            .td(.text(l.name("kind", row.kind))), .td(.text(row.region)), .td(.text(String(row.capacity))),
                            .td(.text(row.closed ? l(.statusClosed) : l(.statusOpen))))
                    }))),
                PaginationView.nav(model.page, base: .adminServicePoints, query: [("q", model.query), ("kind", model.kind?.rawValue), ("closed", model.includeClosed ? "1" : nil)], l: l)
            )
        }
    }
}
