import FarunCore
import Foundation
import Plot

extension AuditPage {
    struct View {
        let model: Model
        let context: PageContext

        func document() -> HTML {
            let l = context.l10n
            return Layout.page(l(.auditTitle), context: context, audience: .staff,
                .pageHeading(l(.auditTitle), lead: l(.auditLead)),
                .form(.class("filters"), .method(.get), .action(SiteURL.adminAudit.path), .attribute(named: "role", value: "search"),
                    Forms.field("action", label: l(.auditAction), value: model.action, maxLength: 60),
                    Forms.field("actor", label: l(.auditActor), value: model.actor, maxLength: 40),
                    .div(.class("actions"), .button(.type(.submit), .class("button secondary"), .text(l(.searchButton))))),
                .if(model.rows.isEmpty, .p(.class("empty"), .text(l(.listEmpty)))),
                .if(!model.rows.isEmpty, .table(.class("data"),
                    .caption(.text(l(.auditCaption, model.page.total))),
                    .thead(.tr(.th(.text(l(.auditTime))), .th(.text(l(.auditActor))), .th(.text(l(.auditAction))), .th(.text(l(.auditTarget))), .th(.text(l(.auditDetail))), .th(.text("IP")))),
                    .tbody(.forEach(model.rows) { r in
                        .tr(.td(.text(Formatting.dateTime(r.at, l))), .td(.text(r.actor)), .td(.text(r.action)), .td(.text(r.target)), .td(.code(.text(r.detail))), .td(.text(r.ip)))
                    }))),
                PaginationView.nav(model.page, base: .adminAudit, query: [("action", model.action), ("actor", model.actor)], l: l)
            )
        }
    }
}
