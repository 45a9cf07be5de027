import FarunCore
import Plot

extension ConsultationPage {
    struct View {
        let model: Model
        let context: PageContext

        func document() -> HTML {
            let l = context.l10n
            let m = model
            let link = SiteURL.consultation(m.id).path
            return Layout.page(l(.consultQuestionTitle), context: context, audience: .citizen,
                .pageHeading(l(.consultQuestionTitle)),
                .unwrap(m.notice) { notice in
                    .div(.class(m.noticeIsError ? "flash error" : "flash"), .attribute(named: "role", value: m.noticeIsError ? "alert" : "status"), .text(notice))
                },
                .section(
                    .class("consult-link card"), .attribute(named: "aria-labelledby", value: "consult-link-title"),
                    .h2(.id("consult-link-title"), .text(l(.consultLinkTitle))),
                    .p(.text(l(.consultLinkLead))),
                    .p(.a(.href(link.attributeEscaped), .text(link)))
                ),
                .section(
                    .class("consult-question"), .attribute(named: "aria-labelledby", value: "consult-question-title"),
                    .h2(.id("consult-question-title"), .text(l(.consultQuestion))),
                    .p(.class("consult-question-text"), .text(m.question)),
                    .dl(.class("facts"),
                        .dt(.text(l(.consultState))), .dd(.text(l.name("consultstate", m.state))),
                        .dt(.text(l(.consultField))), .dd(.text(l.name("field", m.field))),
                        .dt(.text(l(.consultAskedAt))), .dd(.text(Formatting.dateTime(m.askedAt, l))))
                ),
                .if(m.isClosed, .p(.class("flash"), .attribute(named: "role", value: "status"), .text(l(.consultClosedNotice)))),
                .forEach(m.referrals) { referral in
                    .p(.class("flash"), .text(l(.consultReferredNotice, referral.service, referral.number)), .text(" "),
                       .a(.href(SiteURL.track.path), .text(l(.consultReferredTrack))))
                },
                // Live update (Resources/assets/consult.js): the script polls the status endpoint and brings new answers
                // in; the notice below stays hidden (and nothing promises updates) without JavaScript.
                .div(.id("consult-live"), .class("flash consult-live"), .attribute(named: "hidden", value: "hidden"),
                     .attribute(named: "role", value: "status"), .attribute(named: "aria-live", value: "polite"),
                     .attribute(named: "data-consult-status", value: SiteURL.api(.consultationStatus(m.id)).path.attributeEscaped),
                     .attribute(named: "data-consult-id", value: m.id.attributeEscaped),
                     .attribute(named: "data-consult-answers", value: String(m.answerCount)),
                     .attribute(named: "data-consult-closed", value: m.isClosed ? "1" : "0"),
                     .attribute(named: "data-new-label", value: l(.consultNewAnswer).attributeEscaped),
                     .attribute(named: "data-new-text", value: l(.consultNewAnswersArrived).attributeEscaped),
                     .attribute(named: "data-reload-text", value: l(.consultNewAnswersReload).attributeEscaped)),
                .div(.id("consult-threads"),
                     .if(m.threads.isEmpty, .p(.class("lead"), .text(l(.consultNoAnswerYet)))),
                     .forEach(m.threads) { thread(l, $0) }),
                .script(.src(SiteURL.asset("consult.js").path), .attribute(named: "defer", value: "defer"))
            )
        }

        private func thread(_ l: L10n, _ t: Thread) -> Node<HTML.BodyContext> {
            let m = model
            let prefix = "thread-\(t.lawyerID)"
            return .section(
                .class("consult-thread card"), .attribute(named: "aria-labelledby", value: "\(prefix)-title"),
                .h2(.id("\(prefix)-title"), .text(l(.consultAnswersFrom, t.lawyerName)),
                    .if(t.mostHelpful, .span(.class("badge"), .text(" " + l(.consultMostHelpfulBadge))))),
                .ol(.class("consult-entries"), .forEach(t.entries.enumerated()) { index, entry in
                    ConsultationViews.entry(entry, key: "\(t.lawyerID)-\(index)", links: m.articleLinks, l: l)
                }),
                .if(t.awaitingReply, .p(.class("hint"), .text(l(.consultAwaitingReply)))),
                .if(!m.isClosed, Forms.form(
                    id: "\(prefix)-follow-up", action: SiteURL.consultationFollowUp(m.id).path, context: context,
                    .input(.type(.hidden), .name("lawyer_id"), .value(String(t.lawyerID))),
                    .div(.class("field"),
                         .label(.for("\(prefix)-text"), .text(l(.consultFollowUp))),
                         .textarea(.id("\(prefix)-text"), .name("text"), .attribute(named: "rows", value: "3"), .attribute(named: "required", value: "required"),
                                   .attribute(named: "maxlength", value: String(ConsultationPolicy.standard.maximumMessageLength)), .text(""))),
                    .div(.class("actions"), .button(.type(.submit), .class("button primary"), .text(l(.consultFollowUpButton))))
                )),
                .unwrap(t.rating) { .p(.text(l(.consultRatedAs, String($0)))) },
                rating(l, t, prefix: prefix)
            )
        }

        private func rating(_ l: L10n, _ t: Thread, prefix: String) -> Node<HTML.BodyContext> {
            Forms.form(
                id: "\(prefix)-rate", action: SiteURL.consultationRate(model.id).path, context: context,
                .input(.type(.hidden), .name("lawyer_id"), .value(String(t.lawyerID))),
                .fieldset(.class("rating"), .element(named: "legend", text: l(.consultRating)), .forEach(Array(1...5)) { star(l, t, prefix: prefix, score: $0) }),
                checkbox("\(prefix)-best", name: "best", label: l(.consultMostHelpful), checked: t.mostHelpful),
                checkbox("\(prefix)-publish", name: "publish", label: l(.consultPublishConsent), checked: model.consentsToPublication),
                .div(.class("actions"), .button(.type(.submit), .class("button secondary"), .text(l(.consultRateButton))))
            )
        }

        private func star(_ l: L10n, _ t: Thread, prefix: String, score: Int) -> Node<HTML.FormContext> {
            let id = "\(prefix)-score-\(score)"
            return .group(
                .input(.type(.radio), .id(id), .name("score"), .value(String(score)),
                       .attribute(named: "checked", value: t.rating == score ? "checked" : nil)),
                .label(.for(id), .text(l(.consultStars, String(score))))
            )
        }

        private func checkbox(_ id: String, name: String, label: String, checked: Bool) -> Node<HTML.FormContext> {
            .div(.class("field checkbox"),
                 .input(.type(.checkbox), .id(id), .name(name), .value("1"), .attribute(named: "checked", value: checked ? "checked" : nil)),
                 .label(.for(id), .text(label)))
        }
    }
}
