import FarunCore
import Plot

extension StaffIndexPage {
    struct View {
        let model: Model
        let context: PageContext

        func document() -> HTML {
            let l = context.l10n
            let roles = StaffRole.allCases.map { Forms.Option(value: $0.rawValue, label: l.name("role", $0)) }
            return Layout.page(l(.staffTitle), context: context, audience: .staff,
                .pageHeading(l(.staffTitle)),
                .flash(model.done.map { _ in l(.flashSaved) }),
                .if(model.canManage, .p(.a(.class("button primary"), .href(SiteURL.adminStaffNew.path), .text(l(.staffAdd))))),
                .form(.class("filters"), .method(.get), .action(SiteURL.adminStaff.path), .attribute(named: "role", value: "search"),
                    Forms.field("q", label: l(.searchNameOrUsername), value: model.filter.text, maxLength: 40),
                    Forms.select("role", label: l(.fieldRole), options: roles, selected: model.filter.role?.rawValue, includeEmpty: l(.filterAll)),
                    .div(.class("check"),
                        .input(.type(.checkbox), .id("disabled"), .name("disabled"), .value("1"), .attribute(named: "checked", value: (model.filter.includeDisabled) ? "checked" : nil)),
                        .label(.for("disabled"), .text(l(.staffIncludeDisabled)))),
                    .div(.class("actions"), .button(.type(.submit), .class("button secondary"), .text(l(.searchButton))))
                ),
                .if(model.rows.isEmpty, .p(.class("empty"), .text(l(.listEmpty)))),
                .if(!model.rows.isEmpty, .table(.class("data"),
                    .caption(.text(l(.staffTableCaption, model.page.total))),
                    .thead(.tr(.th(.text(l(.fieldUsername))), .th(.text(l(.fieldDisplayName))), .th(.text(l(.fieldRoles))), .th(.text(l(.fieldStatus))))),
                    .tbody(.forEach(model.rows) { row in
                        .tr(.td(.a(.href(SiteURL.adminStaffMember(row.id).path), .text(row.username))),
                            .td(.text(row.displayName)), .td(.text(row.grants.joined(separator: "；"))),
                            .td(.text(row.disabled ? l(.statusDisabled) : l(.statusActive))))
                    }))),
                PaginationView.nav(model.page, base: .adminStaff, query: [("q", model.filter.text), ("role", model.filter.role?.rawValue), ("disabled", model.filter.includeDisabled ? "1" : nil)], l: l)
            )
        }
    }
}
