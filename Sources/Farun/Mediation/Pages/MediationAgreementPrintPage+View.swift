import FarunCore
import Plot

extension MediationAgreementPrintPage {
    struct View {
        let model: Model
        let context: PageContext

        func document() -> HTML {
            let l = context.l10n
            let m = model
            let a = m.agreement
            return Layout.page(l(.mediationAgreementDocTitle), context: context, audience: .staff,
                .div(.class("actions no-print"),
                     .button(.type(.button), .class("button primary"), .attribute(named: "data-print", value: "agreement"), .text(l(.receiptPrint))),
                     .a(.class("button secondary"), .href(SiteURL.mediationCase(m.caseID).path), .text(l(.mediationOpenCase)))),
                .article(.class("receipt agreement-document"),
                    .header(.class("receipt-head"),
                        .p(.class("receipt-bureau"), .text(a.committeeName)),
                        .h1(.text(l(.mediationAgreementDocTitle))),
                        .p(.class("receipt-number"), .text(l(.mediationDocNumber, m.orderNumber)))),
                    .section(.h2(.text(l(.mediationDocParties))),
                        .ol(.forEach(a.parties) { p in
                            .li(.text("\(l.name("partyrole", p.role))：\(p.name)"),
                                .if(!p.residentIDMasked.isEmpty, .text("，\(l(.mediationPartyResidentID))：\(p.residentIDMasked)")),
                                .if(!p.address.isEmpty, .text("，\(l(.mediationPartyAddress))：\(p.address)")))
                        })),
                    paragraph(l(.mediationFacts), a.facts),
                    paragraph(l(.mediationIssues), a.issues),
                    paragraph(l(.mediationResponsibilities), a.responsibilities),
                    paragraph(l(.mediationTerms), a.terms),
                    paragraph(l(.mediationPerformanceManner), a.performanceManner),
                    paragraph(l(.mediationPerformanceDeadline), a.performanceDeadline?.description ?? ""),
                    .section(.p(.text(l(.mediationDocEffective))), .p(.text(l(.mediationDocCopies))), .p(.text(l(.mediationDocConfirmation)))),
                    .footer(.class("receipt-sign"),
                        .forEach(a.parties) { p in .p(.text(l(.mediationDocSignParty) + " " + p.name)) },
                        .p(.text(l(.mediationDocSignMediator) + " " + m.mediator)),
                        .p(.text(l(.mediationDocSeal))),
                        .p(.text(l(.mediationDocDate) + (m.effectiveOn ?? ""))))
                )
            )
        }

        private func paragraph(_ title: String, _ text: String) -> Node<HTML.BodyContext> {
            .section(.h2(.text(title)), .p(.class("matter"), .text(text)))
        }
    }
}
