import FarunCore
import Plot

extension LegalAidProvidersPage {
    struct View {
        let model: Model
        let context: PageContext

        func document() -> HTML {
            let l = context.l10n
            let m = model
            return Layout.page(l(.laProvidersTitle), context: context, audience: .staff,
                .p(.class("breadcrumb"), .a(.href(SiteURL.staffLegalAid.path), .text(l(.laNoticeRegister)))),
                .pageHeading(l(.laProvidersTitle), lead: l(.laProvidersLead)),
                .if(m.done, .div(.class("notice success"), .attribute(named: "role", value: "status"), .p(.text(l(.laProvidersSaved))))),
                Forms.errorSummary(m.problems.summary(l), title: l(.formHasProblems)),
                .if(m.rows.isEmpty, .p(.class("empty"), .text(l(.laProvidersNone)))),
                .if(!m.rows.isEmpty, .table(.class("data dense"),
                    .thead(.tr(.th(.text(l(.laReplyLawyer))), .th(.text(l(.laProvidersSince))), .th(.text(l(.laProvidersYears))), .th(.text(l(.laProvidersRecord))))),
                    .tbody(.forEach(m.rows) { row in
                        let failed = m.failedID == row.id
                        let field = "practice_since-\(row.id)"
                        let error = failed ? m.problems.message(for: "practice_since", l) : nil
                        return .tr(
                            .td(.text(row.name)),
                            .td(.text(row.since ?? l(.laProvidersUnknown))),
                            .td(.text(row.years.map(String.init) ?? "—")),
                            .td(.form(.method(.post), .action(SiteURL.staffLegalAidProviders.path), .class("inline-form"),
                                .input(.type(.hidden), .name(CSRF.field), .value(context.csrfToken.attributeEscaped)),
                                .input(.type(.hidden), .name("staff_id"), .value(String(row.id))),
                                .label(.for(field), .class("visually-hidden"), .text(l(.laProvidersSinceFor, row.name))),
                                .input(.type(.date), .id(field), .name("practice_since"), .required(true),
                                       .value(((failed ? m.typed : row.since) ?? "").attributeEscaped),
                                       .attribute(named: "aria-invalid", value: error == nil ? nil : "true")),
                                .unwrap(error) { .span(.class("error"), .text($0)) },
                                .button(.type(.submit), .class("button secondary"), .text(l(.laProvidersSave))))))
                    })))
            )
        }
    }
}
