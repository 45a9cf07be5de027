import FarunCore
import Foundation
import Plot

extension ConsultationWorkbenchPage {
    struct View {
        let model: Model
        let context: PageContext

        func document() -> HTML {
            let l = context.l10n
            return Layout.page(l(.consultWorkbenchTitle), context: context, audience: .staff,
                .pageHeading(l(.consultWorkbenchTitle)),
                .unwrap(model.availability) { DutyAvailabilityPanel.View(model: $0, context: context).node },
                live(l),
                list("offered", "workbench-offered", l(.consultWorkbenchOffered), model.offered, l),
                list("mine", "workbench-mine", l(.consultWorkbenchMine), model.mine, l),
                .script(.src(SiteURL.asset("workbench.js").path), .attribute(named: "defer", value: "defer"))
            )
        }

        /// What Resources/assets/workbench.js needs: the stream, the item URL and every word it shows (the script
        /// has none of its own). Without the script the status says the list is as of opening, with a refresh link.
        private func live(_ l: L10n) -> Node<HTML.BodyContext> {
            let fields = Dictionary(QuestionField.allCases.map { ($0.rawValue, l.name("field", $0)) }, uniquingKeysWith: { first, _ in first })
            let json = (try? JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys]))
                .map { String(decoding: $0, as: UTF8.self) } ?? "{}"
            let data: [(String, String)] = [
                ("data-workbench-stream", SiteURL.consultationStream.path),
                ("data-item-url", SiteURL.consultationWorkbenchItem("CONSULTATION_ID").path),
                ("data-required-lawyers", String(model.requiredLawyers)),
                ("data-fields", json),
                ("data-text-age", l(.consultWorkbenchAge)),
                ("data-text-answers", l(.consultWorkbenchAnswers)),
                ("data-text-awaiting", l(.consultAwaitingReply)),
                ("data-text-open", l(.consultLiveOpenQuestion)),
                ("data-text-new", l(.consultLiveAnnounceNew)),
                ("data-text-follow-up", l(.consultLiveAnnounceFollowUp)),
                ("data-text-on", l(.consultLiveOn)),
                ("data-text-off", l(.consultLiveOff)),
            ]
            return .div(
                .class("workbench-live"),
                .group(data.map { .attribute(named: $0.0, value: $0.1.attributeEscaped) }),
                .p(.class("hint"), .span(.attribute(named: "data-workbench-status", value: "status"), .text(l(.consultLiveStatic))), .text(" "),
                   .a(.href(SiteURL.consultationWorkbench.path), .text(l(.consultLiveRefresh)))),
                .p(.class("visually-hidden"), .attribute(named: "aria-live", value: "polite"),
                   .attribute(named: "data-workbench-announcer", value: "announcer"))
            )
        }

        /// The table is always there (hidden when empty), so that the script can add the first row.
        private func list(_ kind: String, _ id: String, _ title: String, _ items: [Item], _ l: L10n) -> Node<HTML.BodyContext> {
            .section(
                .attribute(named: "aria-labelledby", value: id),
                .attribute(named: "data-workbench-list", value: kind),
                .h2(.id(id), .text(title)),
                .p(.class("hint"), .attribute(named: "data-workbench-empty", value: "empty"), .if(!items.isEmpty, .attribute(named: "hidden", value: "hidden")),
                   .text(l(.consultWorkbenchEmpty))),
                .table(
                    .class("table"),
                    .if(items.isEmpty, .attribute(named: "hidden", value: "hidden")),
                    .thead(.tr(.th(.text(l(.consultQuestion))), .th(.text(l(.consultField))), .th(.text(l(.consultLiveRegion))),
                               .th(.text(l(.consultAskedAt))), .th(.text(l(.consultState))))),
                    .tbody(.forEach(items) { item in
                        .tr(
                            .attribute(named: "data-consultation", value: item.id.attributeEscaped),
                            .if(item.awaitingMyReply, .class("has-follow-up")),
                            .td(.a(.href(SiteURL.consultationWorkbenchItem(item.id).path.attributeEscaped), .text(String(item.question.prefix(80))))),
                            .td(.text(l.name("field", item.field))),
                            .td(.text(item.regionName)),
                            .td(.attribute(named: "data-cell", value: "age"), .attribute(named: "data-age-seconds", value: String(item.waitingMinutes * 60)),
                                .text(l(.consultWorkbenchAge, String(item.waitingMinutes)))),
                            .td(.attribute(named: "data-cell", value: "answers"),
                                .span(.attribute(named: "data-answers", value: "answers"),
                                      .text(l(.consultWorkbenchAnswers, String(item.lawyers), String(model.requiredLawyers)))),
                                .if(item.awaitingMyReply, .span(.class("badge"), .text(" " + l(.consultAwaitingReply)))))
                        )
                    })
                )
            )
        }
    }
}

extension ConsultationWorkbenchItemPage {
    struct View {
        let model: Model
        let context: PageContext

        func document() -> HTML {
            let l = context.l10n
            let m = model
            return Layout.page(l(.consultWorkbenchTitle), context: context, audience: .staff,
                .p(.a(.href(SiteURL.consultationWorkbench.path), .text(l(.consultWorkbenchTitle)))),
                .pageHeading(l(.consultQuestion)),
                .unwrap(m.notice) { notice in
                    .div(.class(m.noticeIsError ? "flash error" : "flash"), .attribute(named: "role", value: m.noticeIsError ? "alert" : "status"), .text(notice))
                },
                .p(.class("consult-question-text"), .text(m.question)),
                .p(.class("hint"), .text(l(.consultWorkbenchMaskedNotice))),
                .dl(.class("facts"),
                    .dt(.text(l(.consultState))), .dd(.text(l.name("consultstate", m.state))),
                    .dt(.text(l(.consultField))), .dd(.text(l.name("field", m.field))),
                    .dt(.text(l(.consultAskedAt))), .dd(.text(Formatting.dateTime(m.askedAt, l))),
                    .dt(.text(l(.consultAnswer))), .dd(.text(l(.consultWorkbenchAnswers, String(m.lawyers), String(m.requiredLawyers))))),
                .h2(.text(l(.consultWorkbenchMyThread))),
                .ol(.class("consult-entries"), .forEach(m.myEntries) { entry in
                    ConsultationViews.entry(entry, links: m.articleLinks, l: l)
                }),
                .if(m.isClosed, .p(.class("flash"), .text(l(.consultationClosed)))),
                .if(!m.isClosed, Forms.form(
                    id: "answer-form", action: SiteURL.consultationAnswer(m.id).path, context: context,
                    Forms.textArea("text", label: l(.consultWorkbenchAnswerText), value: m.text, maxLength: ConsultationPolicy.standard.maximumMessageLength, rows: 6),
                    Forms.textArea("articles", label: l(.consultWorkbenchArticlesField), value: m.articles, maxLength: ConsultationArticles.maximumLength, rows: 2),
                    .p(.class("hint"), .text(l(.consultArticlesHint))),
                    Forms.submit(l(.consultWorkbenchAnswerButton))
                )),
                referrals(l)
            )
        }

        /// 转办: the work orders opened for this question and a form to open one for another service.
        private func referrals(_ l: L10n) -> Node<HTML.BodyContext> {
            let m = model
            return .section(
                .class("consult-referrals"), .attribute(named: "aria-labelledby", value: "referrals-title"),
                .h2(.id("referrals-title"), .text(l(.consultReferralTitle))),
                .p(.class("hint"), .text(l(.consultReferralLead))),
                .if(!m.referrals.isEmpty, .ul(.forEach(m.referrals) { referral in
                    .li(.text(referral.serviceName + " · "),
                        .a(.href(SiteURL.workOrder(referral.orderID).path), .text(referral.number)),
                        .text(" · " + Formatting.dateTime(referral.at, l)),
                        .unwrap(referral.legalAidID) { aid in
                            referral.canOpenLegalAid
                                ? .group(.text(" · "), .a(.class("legal-aid-link"), .href(SiteURL.staffLegalAidApplication(aid).path), .text(l(.laHandoffApplicationLink))))
                                : .span(.class("legal-aid-made"), .text(" · " + l(.laHandoffApplicationMade)))
                        })
                })),
                .if(!m.services.isEmpty, Forms.form(
                    id: "referral-form", action: SiteURL.consultationReferrals(m.id).path, context: context,
                    Forms.select("service", label: l(.consultReferralService), options: m.services, selected: nil, includeEmpty: l(.selectPrompt), required: true),
                    Forms.submit(l(.consultReferralButton))
                ))
            )
        }
    }
}
