import FarunCore
import Plot

extension MediationCasesPage {
    struct PageView {
        let model: Model
        let context: PageContext

        func document() -> HTML {
            let l = context.l10n
            let m = model
            let tabs: [(View, L)] = [(.mine, .mediationViewMine), (.unit, .mediationViewUnit), (.all, .mediationViewAll)]
            return Layout.page(l(.mediationCasesTitle), context: context, audience: .staff,
                .pageHeading(l(.mediationCasesTitle), lead: l(.mediationCasesLead)),
                .div(.class("actions"),
                     .if(m.mayRegister, .a(.class("button primary"), .href(SiteURL.mediationNew.path), .text(l(.mediationIntakeTitle)))),
                     .if(m.mayScreen, .a(.class("button secondary"), .href(SiteURL.mediationScreening.path), .text(l(.mediationScreeningTitle)))),
                     .if(m.mayCount, .a(.class("button secondary"), .href(SiteURL.mediationStatistics.path), .text(l(.mediationStatisticsTitle))))),
                .nav(.attribute(named: "aria-label", value: l(.mediationCasesTitle).attributeEscaped),
                     .ul(.class("tabs"), .forEach(tabs) { view, label in
                         .li(.a(.href(SiteURL.mediationCases.path(query: [("view", view.rawValue)])),
                                .attribute(named: "aria-current", value: view == m.view ? "page" : nil), .text(l(label))))
                     })),
                .if(m.rows.isEmpty, .p(.text(l(.mediationNoCases)))),
                .if(!m.rows.isEmpty, .table(.class("data"),
                    .thead(.tr(.th(.text(l(.receiptNumber))), .th(.text(l(.mediationDisputeType))), .th(.text(l(.mediationStage))),
                               .th(.text(l(.mediationUrgency))), .th(.text(l(.mediationApplicant))), .th(.text(l(.mediationAcceptedOn))))),
                    .tbody(.forEach(m.rows) { r in
                        .tr(.td(.a(.href(SiteURL.mediationCase(r.caseID).path), .text(r.number))), .td(.text(l.name("dispute", r.type))),
                            .td(.text(l.name("mstage", r.shown ?? ShownMediationStage(rawValue: r.stage.rawValue)))), .td(.text(l.name("urgency", r.urgency))), .td(.text(r.applicant)), .td(.text(r.acceptedOn)))
                    })))
            )
        }
    }
}
