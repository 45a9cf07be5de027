import FarunCore
import Plot

extension WorkOrderPage {
    struct View {
        let model: Model
        let context: PageContext

        func document() -> HTML {
            let l = context.l10n
            let m = model
            return Layout.page(l(.orderTitle, m.number), context: context, audience: .staff,
                .p(.class("breadcrumb"), .a(.href(SiteURL.workOrders.path), .text(l(.workbenchTitle)))),
                .h1(.text(m.number), .text(" "), .span(.class("badge state"), .text(l.name("state", m.state)))),
                .flash(m.done.map { _ in l(.orderDone) }),
                .unwrap(m.legalAidCaseID) { id in
                    .p(.a(.id("legal-aid-case"), .class("button secondary"), .href(SiteURL.staffLegalAidApplication(id).path), .text(l(.legalAidCaseTitle))))
                },
                .unwrap(m.error) { message in
                    .div(.class("error-summary"), .attribute(named: "role", value: "alert"),
                         .h2(.text(l(.orderStepRefused))), .p(.text(message)), .p(.text(l(.orderNowState, l.name("state", m.state)))))
                },
                .div(.class("order-columns"),
                    .div(.class("order-main"), facts(l), deadlines(l), links(l)),
                    .div(.class("order-side"), steps(l), .unwrap(m.knowledge) { KnowledgeSuggestionsView.panel($0, l: l) })),
                attachments(l),
                timeline(l)
            )
        }

        private func facts(_ l: L10n) -> Node<HTML.BodyContext> {
            let m = model
            return .section(
                .h2(.text(l(.orderFacts))),
                .dl(.class("facts"),
                    .dt(.text(l(.intakeService))), .dd(.text(m.serviceName)),
                    .dt(.text(l(.intakeChannel))), .dd(.text(l.name("channel", m.channel))),
                    .dt(.text(l(.intakePriority))), .dd(.text(l.name("priority", m.priority))),
                    .unwrap(m.greenChannel) { reason in
                        .group(.dt(.text(l(.intakeGreenChannel))),
                               .dd(.span(.class("badge green"), .text(l.name("green", reason))), .unwrap(m.greenChannelNote.isEmpty ? nil : m.greenChannelNote) { .text(" " + $0) }))
                    },
                    .dt(.text(l(.intakeRequesterName))), .dd(.text(m.requesterName)),
                    .dt(.text(l(.intakeRequesterPhone))), .dd(phone(l)),
                    .if(!m.residentIDMasked.isEmpty, .group(.dt(.text(l(.intakeResidentID))), .dd(.text(m.residentIDMasked)))),
                    .dt(.text(l(.intakeRegion))), .dd(.text(m.region)),
                    .unwrap(m.servicePoint) { .group(.dt(.text(l(.intakeServicePoint))), .dd(.text($0))) },
                    .dt(.text(l(.orderUnit))), .dd(.text(m.unit ?? l(.orderNotYet))),
                    .dt(.text(l(.orderAssignee))), .dd(.text(m.assignee ?? l(.orderNotYet))),
                    .dt(.text(l(.receiptSubmittedAt))), .dd(.text(Formatting.dateTime(m.submittedAt, l))),
                    .dt(.text(l(.intakeMatter))), .dd(.class("matter"), .text(m.matter)),
                    .if(!m.outcome.isEmpty, .group(.dt(.text(l(.orderOutcome))), .dd(.class("matter"), .text(m.outcome))))
                ),
                .p(.a(.href(SiteURL.workOrderReceipt(m.id).path), .text(l(.orderReceiptLink))))
            )
        }

        /// The assignee calls the citizen: the full number only on request, and that request is audited.
        private func phone(_ l: L10n) -> Node<HTML.BodyContext> {
            let m = model
            if m.phoneRevealed {
                return .a(.href(("tel:" + m.phone).attributeEscaped), .text(m.phone))
            }
            return .group(.text(m.phone), .if(m.canRevealPhone, .group(.text(" "),
                .a(.href(SiteURL.workOrder(m.id).path(query: [("reveal", "phone")])), .text(l(.orderRevealPhone))))))
        }

        private func deadlines(_ l: L10n) -> Node<HTML.BodyContext> {
            let m = model
            return .section(
                .h2(.text(l(.orderDeadlines))),
                .dl(.class("facts"),
                    .dt(.text(l(.orderAcceptanceDue))), .dd(due(m.acceptanceDue, l)),
                    .unwrap(m.acceptedOn) { .group(.dt(.text(l(.orderAcceptedOn))), .dd(.text($0))) },
                    .dt(.text(l(.orderHandlingDue))), .dd(due(m.handlingDue, l)),
                    .dt(.text(l(.orderDeadlineFlag))), .dd(.span(.class("badge flag-\(m.flag.rawValue)"), .text(l.name("flag", m.flag))))
                ),
                .if(m.paused, .div(.class("notice"),
                    .p(.strong(.text(l(.orderPaused)))),
                    .ul(.forEach(m.missingMaterials) { .li(.text($0)) })))
            )
        }

        private func due(_ due: Due?, _ l: L10n) -> Node<HTML.BodyContext> {
            guard let due else { return .text("—") }
            return .group(.text(due.date), .if(due.provisional, .group(.text(" "),
                .span(.class("badge provisional"), .attribute(named: "title", value: l(.orderProvisionalHint).attributeEscaped), .text(l(.orderProvisional))))))
        }

        private func links(_ l: L10n) -> Node<HTML.BodyContext> {
            let m = model
            let groups: [(String, [Link])] = [
                (l(.orderParent), m.parent.map { [$0] } ?? []), (l(.orderFollows), m.follows.map { [$0] } ?? []),
                (l(.orderChildren), m.children), (l(.orderFollowUps), m.followUps),
            ].filter { !$0.1.isEmpty }
            return .if(!groups.isEmpty, .section(
                .h2(.text(l(.orderLinks))),
                .dl(.class("facts"), .forEach(groups) { group in
                    .group(.dt(.text(group.0)), .dd(.ul(.class("plain"), .forEach(group.1) { link in
                        .li(.a(.href(SiteURL.workOrder(link.id).path), .text(link.number)), .text(" · " + l.name("state", link.state)))
                    })))
                })
            ))
        }
    }
}
