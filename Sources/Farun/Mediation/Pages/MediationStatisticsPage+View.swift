import FarunCore
import Plot

extension MediationStatisticsPage {
    struct View {
        let model: Model
        let context: PageContext

        func document() -> HTML {
            let l = context.l10n
            let m = model
            return Layout.page(l(.mediationStatisticsTitle), context: context, audience: .staff,
                .pageHeading(l(.mediationStatisticsTitle)),
                .form(.method(.get), .action(SiteURL.mediationStatistics.path), .class("filters"),
                      dateField("from", l(.mediationFrom), m.from), dateField("to", l(.mediationTo), m.to),
                      .div(.class("field"), .label(.for("type"), .text(l(.mediationDisputeType))),
                           .select(.id("type"), .attribute(named: "name", value: "type"),
                                   Forms.optionNode(value: "", label: l(.mediationAllTypes), selected: m.type.isEmpty),
                                   .forEach(DisputeType.allCases) { Forms.optionNode(value: $0.rawValue, label: l.name("dispute", $0), selected: m.type == $0.rawValue) })),
                      .div(.class("field"), .label(.for("point"), .text(l(.mediationServicePoint))),
                           .select(.id("point"), .attribute(named: "name", value: "point"),
                                   Forms.optionNode(value: "", label: l(.mediationAllPoints), selected: m.pointID.isEmpty),
                                   .forEach(m.points) { Forms.optionNode(value: $0.value, label: $0.label, selected: m.pointID == $0.value) })),
                      .button(.type(.submit), .class("button primary"), .text(l(.mediationFilter))),
                      .a(.class("button secondary"), .href(m.csvLink.attributeEscaped), .text(l(.mediationExportCSV)))),
                table(l(.mediationTotal), [m.total], l),
                .unwrap(m.confirmations) { .p(.id("confirmations"), .text($0)) },
                table(l(.mediationByType), m.byType, l),
                table(l(.mediationByPoint), m.byPoint, l)
            )
        }

        private func dateField(_ name: String, _ label: String, _ value: String) -> Node<HTML.FormContext> {
            .div(.class("field"), .label(.for(name), .text(label)), .input(.type(.date), .id(name), .name(name), .value(value.attributeEscaped)))
        }

        private func table(_ title: String, _ rows: [Row], _ l: L10n) -> Node<HTML.BodyContext> {
            .section(.h2(.text(title)),
                .if(rows.isEmpty, .p(.text(l(.mediationNoData)))),
                .if(!rows.isEmpty, .table(.class("data"),
                    .thead(.tr(.th(.text(title)), .th(.text(l(.mediationAccepted))), .th(.text(l(.mediationMediated))), .th(.text(l(.mediationAgreed))),
                               .th(.text(l(.mediationFailed))), .th(.text(l(.mediationSuccessRate))), .th(.text(l(.mediationAmountInvolved))),
                               .th(.text(l(.mediationAgreedAmount))), .th(.text(l(.mediationPreviousYear))), .th(.text(l(.mediationYoY))))),
                    .tbody(.forEach(rows) { r in
                        .tr(.th(.text(r.name)), .td(.text(String(r.accepted))), .td(.text(String(r.mediated))), .td(.text(String(r.agreed))),
                            .td(.text(String(r.failed))), .td(.text(r.successRate)), .td(.text(r.amount)), .td(.text(r.agreedAmount)),
                            .td(.text(String(r.previousAccepted))), .td(.text(r.change)))
                    }))))
        }
    }
}
