import FarunCore
import Plot

extension LegalAidDocumentPage {
    struct View {
        let model: Model
        let context: PageContext

        func document() -> HTML {
            let l = context.l10n
            let m = model
            let title = m.kind == .decision ? (m.decision == LegalAidAction.grant.rawValue ? l(.ladocGrantTitle) : l(.ladocRefuseTitle)) : l.name("ladoc", m.kind)
            return Layout.page(title + " " + m.number, context: context, audience: .staff,
                .div(.class("actions no-print"),
                     .button(.type(.button), .class("button primary"), .attribute(named: "data-print", value: "receipt"), .text(l(.receiptPrint))),
                     .a(.class("button secondary"), .href(SiteURL.staffLegalAidApplication(m.caseID).path), .text(l(.legalAidOpenCase)))),
                .article(.class("receipt legal-aid-document"),
                    .header(.class("receipt-head"),
                        .p(.class("receipt-bureau"), .text(context.bureauName)),
                        .h1(.text(title)),
                        .p(.class("receipt-number"), .text(l(.legalAidColNumber) + "："), .strong(.text(m.number)))),
                    body(l),
                    .footer(.class("receipt-sign"),
                        .p(.text(context.bureauName + l(.ladocSeal))),
                        .p(.text(l(.ladocDate) + "：" + (m.decidedOn ?? m.noticeOn ?? m.receivedOn)))))
            )
        }

        private func body(_ l: L10n) -> Node<HTML.BodyContext> {
            let m = model
            switch m.kind {
            case .applicationForm:
                return .group(
                    .dl(.class("facts"),
                        .dt(.text(l(.intakeRequesterName))), .dd(.text(m.applicantName)),
                        .dt(.text(l(.intakeRequesterPhone))), .dd(.text(m.applicantPhone)),
                        .dt(.text(l(.intakeResidentID))), .dd(.text(m.applicantID)),
                        .dt(.text(l(.legalAidCategory))), .dd(.text(l.name("lacategory", m.category) + " · " + m.category.citation)),
                        .dt(.text(l(.legalAidCircumstances))), .dd(.text(m.circumstances.map { l.name("lacircumstance", $0) }.joined(separator: "、"))),
                        .dt(.text(l(.legalAidEconomic))), .dd(.text(m.economicReview)),
                        .dt(.text(l(.legalAidOpponentName))), .dd(.text(m.opponentName)),
                        .dt(.text(l(.intakeMatter))), .dd(.class("matter"), .text(m.matter))),
                    .section(.h2(.text(l(.legalAidPledgeTitle))), .p(.text(l(.legalAidPledgeText))),
                             .p(.text(l(.ladocSigned, m.pledgeSignedBy, Formatting.dateTime(m.pledgeSignedAt, l))))))
            case .receipt:
                return .group(
                    .p(.text(l(.ladocReceiptText, m.applicantName, m.receivedOn))),
                    .ol(.forEach(m.materials) { .li(.text($0)) }),
                    .p(.text(l(.ladocReceiptDue, m.decisionDue))))
            case .supplementNotice:
                return .group(
                    .p(.text(l(.ladocSupplementText, m.applicantName, m.receivedOn))),
                    .ol(.forEach(m.missing) { .li(.text($0)) }),
                    .p(.strong(.text(l(.ladocSupplementDue, m.replyDue ?? "")))),
                    .p(.class("hint"), .text(l(.ladocSupplementBasis))))
            case .decision:
                if m.decision == LegalAidAction.grant.rawValue {
                    return .p(.text(l(.ladocGrantText, m.applicantName, m.receivedOn, l.name("lacategory", m.category), m.category.citation)))
                }
                return .group(
                    .p(.text(l(.ladocRefuseText, m.applicantName, m.receivedOn))),
                    .section(.h2(.text(l(.legalAidReasons))), .p(.text(m.reasons))),
                    .p(.text(l(.ladocObjectionRoute))))
            case .assignmentNotice:
                return .p(.text(l(.ladocAssignText, m.providerName, m.applicantName, l.name("lacategory", m.category), m.assignedOn ?? "")))
            }
        }
    }
}
