import FarunCore
import Foundation
import Plot

/// 审计日志 — who changed what, newest first.
enum AuditPage {
    struct Row: Sendable {
        let at: Date
        let actor: String
        let action: String
        let target: String
        let detail: String
        let ip: String
    }

    struct Model: Sendable {
        var rows: [Row]
        var page: PageInfo
        var action: String
        var actor: String

        static let mock = Model(
            rows: [.init(at: Date(timeIntervalSince1970: 1_790_000_000), actor: "admin", action: "region.rename", target: "region#2",
                         detail: "{\"from\":\"岳阳乡\",\"to\":\"岳阳镇\"}", ip: "127.0.0.1")],
            page: PageInfo(request: PageRequest(page: 1, per: 50), total: 1), action: "", actor: "")
    }

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
