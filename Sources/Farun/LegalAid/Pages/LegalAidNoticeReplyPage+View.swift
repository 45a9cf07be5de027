import FarunCore
import Plot

extension LegalAidNoticeReplyPage {
    struct View {
        let model: Model
        let context: PageContext

        func document() -> HTML {
            let l = context.l10n
            let m = model
            let role = m.ground == .compulsoryTreatment ? l(.laReplyRoleAgent) : l(.laReplyRoleDefender)
            return Layout.page(l(.laReplyTitle) + " " + m.number, context: context, audience: .staff,
                .div(.class("actions no-print"),
                     .button(.type(.button), .class("button primary"), .attribute(named: "data-print", value: "receipt"), .text(l(.receiptPrint))),
                     .a(.class("button secondary"), .href(SiteURL.staffLegalAidApplication(m.caseID).path), .text(l(.legalAidOpenCase)))),
                .article(.class("receipt legal-aid-document"),
                    .header(.class("receipt-head"),
                        .p(.class("receipt-bureau"), .text(context.bureauName)),
                        .h1(.text(l(.laReplyTitle))),
                        .p(.class("receipt-number"), .text(l(.legalAidColNumber) + "："), .strong(.text(m.number)))),
                    .p(.strong(.text(m.organName + "："))),
                    .p(.text(l(.laReplyText, m.receivedOn, m.noticeNumber, m.personName, m.charge, m.providerName, role))),
                    .dl(.class("facts"),
                        .dt(.text(l(.laNoticeOrgan))), .dd(.text(l.name("laorgan", m.organ) + " · " + m.organName)),
                        .dt(.text(l(.laNoticeGround))), .dd(.text(l.name("langround", m.ground) + " · 《中华人民共和国法律援助法》" + m.ground.citation)),
                        .dt(.text(l(.laNoticeStage))), .dd(.text(l.name("lastage", m.stage))),
                        .dt(.text(l(.laReplyLawyer))), .dd(.text(m.providerName + (m.providerOrganisation.isEmpty ? "" : "（" + m.providerOrganisation + "）"))),
                        .dt(.text(l(.laReplyAssignedOn))), .dd(.text(m.assignedOn))),
                    .p(.text(l(.laReplyBasis))),
                    .p(.text(l(.laReplyNoFees))),
                    .footer(.class("receipt-sign"),
                        .p(.text(context.bureauName + l(.ladocSeal))),
                        .p(.text(l(.ladocDate) + "：" + m.assignedOn))))
            )
        }
    }
}
