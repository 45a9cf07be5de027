import FarunCore
import Plot

extension WorkOrderReceiptPage {
    struct View {
        let model: Model
        let context: PageContext

        func document() -> HTML {
            let l = context.l10n
            let m = model
            return Layout.page(l(.receiptTitle) + " " + m.number, context: context, audience: .staff,
                .div(.class("actions no-print"),
                     .button(.type(.button), .class("button primary"), .attribute(named: "data-print", value: "receipt"), .text(l(.receiptPrint))),
                     .a(.class("button secondary"), .href(SiteURL.workOrder(m.orderID).path), .text(l(.receiptOpenOrder))),
                     .a(.class("button secondary"), .href(SiteURL.workOrderNew.path), .text(l(.receiptNextIntake)))),
                .article(.class("receipt"),
                    .header(.class("receipt-head"),
                        .p(.class("receipt-bureau"), .text(m.bureauName)),
                        .h1(.text(l(.receiptTitle))),
                        .p(.class("receipt-number"), .text(l(.receiptNumber) + "："), .strong(.text(m.number)))),
                    .dl(.class("facts"),
                        .dt(.text(l(.receiptSubmittedAt))), .dd(.text(Formatting.dateTime(m.submittedAt, l))),
                        .dt(.text(l(.intakeService))), .dd(.text(m.serviceName)),
                        .dt(.text(l(.intakeChannel))), .dd(.text(l.name("channel", m.channel))),
                        .dt(.text(l(.fieldStatus))), .dd(.text(l.name("state", m.state))),
                        .dt(.text(l(.intakeRequesterName))), .dd(.text(m.requesterName)),
                        .dt(.text(l(.intakeRequesterPhone))), .dd(.text(m.phoneMasked)),
                        .if(!m.residentIDMasked.isEmpty, .group(.dt(.text(l(.intakeResidentID))), .dd(.text(m.residentIDMasked)))),
                        .dt(.text(l(.intakeRegion))), .dd(.text(m.region)),
                        .unwrap(m.servicePoint) { .group(.dt(.text(l(.intakeServicePoint))), .dd(.text($0))) },
                        .unwrap(m.greenChannel) { .group(.dt(.text(l(.intakeGreenChannel))), .dd(.text(l.name("green", $0)))) },
                        .dt(.text(l(.intakeMatter))), .dd(.class("matter"), .text(m.matter))
                    ),
                    .section(
                        .h2(.text(l(.receiptMaterialsTitle))),
                        .p(.text(l(.receiptMaterialsLead))),
                        .if(m.materials.isEmpty, .p(.text(l(.receiptNoMaterials)))),
                        .ol(.class("materials"), .forEach(m.materials) { item in
                            .li(.text(item.item), .if(!item.required, .text(l(.intakeMaterialOptional))),
                                .unwrap(item.basis.isEmpty ? nil : item.basis) { .small(.text(" · " + $0)) })
                        }),
                        .if(!m.missingMaterials.isEmpty, .group(
                            .h3(.text(l(.receiptMissingTitle))),
                            .ul(.forEach(m.missingMaterials) { .li(.text($0)) })))
                    ),
                    .section(
                        .h2(.text(l(.receiptDeadlinesTitle))),
                        .dl(.class("facts"),
                            .dt(.text(l(.orderAcceptanceDue))), .dd(due(m.acceptanceDue, none: l(.receiptNoLimit), l)),
                            .dt(.text(l(.orderHandlingDue))),
                            .dd(due(m.handlingDue, none: m.handlingLimit.map { l(.receiptHandlingAfterAcceptance, $0) } ?? l(.receiptNoLimit), l)))
                    ),
                    .section(
                        .h2(.text(l(.receiptTrackTitle))),
                        .p(.text(l(.receiptTrackText, m.trackAddress, m.number))),
                        .p(.text(l(.receiptHotline)))
                    ),
                    .footer(.class("receipt-sign"),
                        .p(.text(l(.receiptClerk) + "：" + m.clerkName)),
                        .p(.text(l(.receiptRequesterSignature) + "：")),
                        .p(.text(l(.receiptDate) + "：")))
                )
            )
        }

        private func due(_ due: Due?, none: String, _ l: L10n) -> Node<HTML.BodyContext> {
            guard let due else { return .text(none) }
            return .group(.text(due.date), .if(due.provisional, .span(.class("badge provisional"), .attribute(named: "title", value: l(.orderProvisionalHint).attributeEscaped), .text(l(.orderProvisional)))))
        }
    }
}
