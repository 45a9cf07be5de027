import FarunCore
import Plot

extension ScreeningPage {
    struct View {
        let model: Model
        let context: PageContext

        func document() -> HTML {
            let l = context.l10n
            let m = model
            let problems = m.problems.map { (field: $0.field, message: l.format($0.message, $0.args)) }
            return Layout.page(l(.mediationScreeningTitle), context: context, audience: .staff,
                .pageHeading(l(.mediationScreeningTitle)),
                .unwrap(m.done) { .div(.class("flash"), .attribute(named: "role", value: "status"), .text(l(.mediationScreeningDone, $0))) },
                Forms.errorSummary(problems, title: l(.mediationProblemsTitle)),
                Forms.form(id: "screening", action: SiteURL.mediationScreening.path, context: context,
                    Forms.field("period", label: l(.mediationScreeningPeriodLabel), value: m.period, type: .month, required: true,
                                error: m.problems.message(for: "period", l)),
                    Forms.select("service_point_id", label: l(.mediationScreeningPointLabel), options: m.points, selected: m.pointID, includeEmpty: "—",
                                 required: true, error: m.problems.message(for: "service_point_id", l)),
                    Forms.field("found", label: l(.mediationScreeningFound), value: m.found, type: .number, required: true, error: m.problems.message(for: "found", l)),
                    Forms.field("resolved", label: l(.mediationScreeningResolved), value: m.resolved, type: .number, required: true,
                                error: m.problems.message(for: "resolved", l)),
                    Forms.field("escalated", label: l(.mediationScreeningEscalated), value: m.escalated, type: .number, required: true),
                    Forms.textArea("notes", label: l(.mediationScreeningNotes), value: m.notes, maxLength: 4000, rows: 3),
                    Forms.submit(l(.mediationScreeningSubmit))),
                .section(.h2(.text(l(.mediationScreeningReported) + " · " + m.period)),
                    .form(.method(.get), .action(SiteURL.mediationScreening.path), .class("inline-form"),
                          .label(.for("show-period"), .text(l(.mediationScreeningPeriodLabel))),
                          .input(.type(.month), .id("show-period"), .name("show"), .value(m.period.attributeEscaped)),
                          .button(.type(.submit), .class("button secondary"), .text(l(.mediationFilter)))),
                    .table(.class("data"),
                        .thead(.tr(.th(.text(l(.mediationScreeningPointLabel))), .th(.text(l(.mediationScreeningFound))),
                                   .th(.text(l(.mediationScreeningResolved))), .th(.text(l(.mediationScreeningEscalated))), .th(.text(l(.mediationScreeningNotes))))),
                        .tbody(.forEach(m.reported) { r in
                            .tr(.td(.text(r.point)), .td(.text(String(r.found))), .td(.text(String(r.resolved))), .td(.text(String(r.escalated))), .td(.text(r.notes)))
                        },
                        .tr(.class("total"), .th(.text(l(.mediationTotal))), .td(.text(String(m.total.found))), .td(.text(String(m.total.resolved))),
                            .td(.text(String(m.total.escalated))), .td())))),
                .section(.h2(.text(l(.mediationScreeningMissingTitle))),
                    .if(m.missing.isEmpty, .p(.text(l(.mediationScreeningAllReported)))),
                    .ul(.forEach(m.missing) { .li(.text($0)) }))
            )
        }
    }
}
