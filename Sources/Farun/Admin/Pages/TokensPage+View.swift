import FarunCore
import Foundation
import Plot

extension TokensPage {
    struct View {
        let model: Model
        let context: PageContext

        func document() -> HTML {
            let l = context.l10n
            func error(_ field: String) -> String? { model.problems.message(for: field, l) }
            return Layout.page(l(.tokensTitle), context: context, audience: .staff,
                .pageHeading(l(.tokensTitle), lead: l(.tokensLead)),
                .unwrap(model.newToken) { token in
                    .div(.class("notice"), .attribute(named: "role", value: "status"),
                         .p(.text(l(.tokensShownOnce))), .p(.code(.class("otp"), .text(token))))
                },
                Forms.errorSummary(model.problems.summary(l), title: l(.formHasProblems)),
                .if(!model.tokens.isEmpty, .table(.class("data"),
                    .caption(.text(l(.tokensTitle))),
                    .thead(.tr(.th(.text(l(.fieldName))), .th(.text(l(.tokensPrefix))), .th(.text(l(.tokensOwner))), .th(.text(l(.tokensScopes))),
                               .th(.text(l(.tokensLastUsed))), .th(.text(l(.fieldStatus))), .th(.text(l(.tokensActions))))),
                    .tbody(.forEach(model.tokens) { t in
                        .tr(.td(.text(t.name)), .td(.code(.text(t.prefix + "…"))), .td(.text(t.owner)),
                            .td(.text(t.scopes.compactMap(Permission.init(rawValue:)).map { l.name("permission", $0) }.joined(separator: "、"))),
                            .td(.text(t.lastUsedAt.map { Formatting.dateTime($0, l) } ?? "—")),
                            .td(.text(t.revoked ? l(.statusRevoked) : l(.statusActive))),
                            .td(.if(!t.revoked, Forms.action(SiteURL.adminTokenRevoke(t.id).path, label: l(.tokensRevoke), confirm: l(.tokensRevokeConfirm, t.name), context: context, danger: true))))
                    }))),
                .section(
                    .h2(.text(l(.tokensCreate))),
                    Forms.form(id: "token-form", action: SiteURL.adminTokens.path, context: context,
                        Forms.field("name", label: l(.fieldName), value: nil, required: true, maxLength: 60, error: error("name")),
                        Forms.checkboxes("scopes", legend: l(.tokensScopes), options: model.grantableScopes.map { .init(value: $0.rawValue, label: l.name("permission", $0)) }, checked: []),
                        .unwrap(error("scopes")) { .p(.class("error"), .text($0)) },
                        Forms.field("expires_days", label: l(.tokensExpiresDays), value: "365", type: .number, hint: l(.tokensExpiresHint), error: error("expires_days")),
                        Forms.submit(l(.tokensCreate)))
                )
            )
        }
    }
}
