import FarunCore
import Plot

extension CatalogAdminIndexPage {
    struct View {
        let model: Model
        let context: PageContext

        func document() -> HTML {
            let l = context.l10n
            let statuses = [Forms.Option(value: CatalogQueries.Status.active.rawValue, label: l(.catalogStatusActive)),
                            Forms.Option(value: CatalogQueries.Status.retired.rawValue, label: l(.catalogStatusRetired))]
            return Layout.page(l(.catalogAdminTitle), context: context, audience: .staff,
                .pageHeading(l(.catalogAdminTitle)),
                .flash(model.done.map { CatalogAdminFormPage.flash($0, l) }),
                .if(!model.canManage, .p(.class("notice"), .text(l(.catalogReadOnly)))),
                .if(model.canManage, .p(.a(.class("button primary"), .href(SiteURL.adminServiceNew.path), .text(l(.catalogAdd))))),
                .form(.class("filters"), .method(.get), .action(SiteURL.adminServices.path), .attribute(named: "role", value: "search"),
                    Forms.field("q", label: l(.searchNameOrCode), value: model.query, maxLength: 60),
                    Forms.select("status", label: l(.fieldStatus), options: statuses, selected: model.status?.rawValue, includeEmpty: l(.filterAll)),
                    .div(.class("actions"), .button(.type(.submit), .class("button secondary"), .text(l(.searchButton))))
                ),
                .if(model.rows.isEmpty, .p(.class("empty"), .text(l(.listEmpty)))),
                .if(!model.rows.isEmpty, .table(.class("data"),
                    .caption(.text(l(.catalogTableCaption, model.page.total))),
                    .thead(.tr(.th(.text(l(.catalogFieldCode))), .th(.text(l(.fieldName))), .th(.text(l(.catalogFieldAcceptance))),
                               .th(.text(l(.catalogFieldHandling))), .th(.text(l(.catalogFieldChannels))), .th(.text(l(.catalogFieldFee))),
                               .th(.text(l(.fieldStatus))))),
                    .tbody(.forEach(model.rows) { tableRow($0, l) }))),
                PaginationView.nav(model.page, base: .adminServices, query: [("q", model.query), ("status", model.status?.rawValue)], l: l)
            )
        }

        private func tableRow(_ row: Row, _ l: L10n) -> Node<HTML.TableContext> {
            let s = row.service
            return .tr(
                .td(.code(.text(s.code))),
                .td(.a(.href(SiteURL.adminService(row.id).path), .text(s.nameZh)), .br(), .small(.attribute(named: "lang", value: "en"), .text(s.nameEn))),
                .td(.text(s.acceptanceLimit.map { CatalogText.amount($0, l) } ?? "—")),
                .td(.text(s.handlingLimit.map { CatalogText.amount($0, l) } ?? "—")),
                .td(.text(CatalogText.channels(s.channels, l))),
                .td(.text(CatalogText.fee(s, l))),
                .td(.span(.class("badge"), .text(row.retired ? l(.catalogStatusRetired) : l(.catalogStatusActive))))
            )
        }
    }
}
