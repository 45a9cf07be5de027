import FarunCore
import Plot

extension TrackOrderPage {
    struct View {
        let model: Model
        let context: PageContext

        func document() -> HTML {
            let l = context.l10n
            let title = l(.trackOrderTitle, model.number)
            let flash: String? = switch model.done {
            case .withdrawn: l(.trackWithdrawn)
            case .rated: l(.trackRated)
            case nil: nil
            }
            return Layout.page(title, context: context,
                .p(.class("breadcrumb"), .a(.href(SiteURL.track.path), .text(l(.trackAnother)))),
                .pageHeading(title),
                .flash(flash),
                .section(.class("track-state"), .attribute(named: "aria-labelledby", value: "state-heading"),
                    .h2(.id("state-heading"), .text(l(.trackState))),
                    .p(.class("state-badge"), .span(.class("badge"), .text(l.name("state", model.state)))),
                    .p(.class("state-text"), .text(CitizenTimeline.stateText(model.state, l: l))),
                    .dl(.class("facts"),
                        .dt(.text(l(.applyDoneService))), .dd(.text(model.serviceName)),
                        .unwrap(model.due) { due in
                            .group(.dt(.text(l(.trackDue))), .dd(.text(due.provisional ? l(.trackDueProvisional, due.date) : due.date)))
                        },
                        .unwrap(model.rating) { score in .group(.dt(.text(l(.trackYourRating))), .dd(.text(l.name("rating", score)))) }
                    ),
                    .if(!model.missingMaterials.isEmpty, .div(.class("notice"),
                        .h3(.text(l(.trackMissing))),
                        .ul(.forEach(model.missingMaterials) { .li(.text($0)) }),
                        .p(.text(l(.trackMissingHow))))),
                    .if(!model.outcome.isEmpty, .div(.class("notice"),
                        .h3(.text(model.state == .refused ? l(.trackRefusalReason) : l(.trackOutcome))),
                        .p(.text(model.outcome))))
                ),
                .if(model.canRate, ratingForm(l)),
                .unwrap(model.complaint) { complaintSection($0, l) },
                .section(.attribute(named: "aria-labelledby", value: "timeline-heading"),
                    .h2(.id("timeline-heading"), .text(l(.trackTimeline))),
                    .ul(.class("history"), .forEach(model.timeline) { entry in
                        .li(.element(named: "time", text: Formatting.dateTime(entry.at, l)), .text(entry.text))
                    })),
                .section(.attribute(named: "aria-labelledby", value: "notices-heading"),
                    .h2(.id("notices-heading"), .text(l(.trackNotices))),
                    .if(model.notices.isEmpty, .p(.class("empty"), .text(l(.trackNoNotices)))),
                    .ul(.class("history notices"), .forEach(model.notices) { entry in
                        .li(.element(named: "time", text: Formatting.dateTime(entry.at, l)), .text(entry.text))
                    })),
                .if(model.canWithdraw, .section(.class("track-withdraw"),
                    .h2(.text(l(.trackWithdraw))),
                    .p(.text(l(.trackWithdrawLead))),
                    Forms.form(id: "withdraw-form", action: SiteURL.trackWithdraw.path, context: context,
                        .input(.type(.hidden), .name("version"), .value(String(model.version))),
                        .div(.class("actions"), .button(.type(.submit), .class("button secondary"), .text(l(.trackWithdraw)))))))
            )
        }

        private func ratingForm(_ l: L10n) -> Node<HTML.BodyContext> {
            let scoreError = model.problems.message(for: "score", l)
            return .section(.class("track-rate"), .attribute(named: "aria-labelledby", value: "rate-heading"),
                .h2(.id("rate-heading"), .text(l(.trackRateTitle))),
                .p(.text(l(.trackRateLead))),
                Forms.errorSummary(model.problems.summary(l), title: l(.formHasProblems)),
                Forms.form(id: "rate-form", action: SiteURL.trackRate.path, context: context,
                    .fieldset(
                        .class(scoreError == nil ? "choices" : "choices has-error"), .id("score"),
                        .element(named: "legend", text: l(.trackScore)),
                        .forEach(RatingScore.allCases) { score in
                            .div(.class("check"),
                                .input(.type(.radio), .id("score-\(score.rawValue)"), .name("score"), .value(score.rawValue), .required(true),
                                       .attribute(named: "checked", value: model.score == score.rawValue ? "checked" : nil)),
                                .label(.for("score-\(score.rawValue)"), .text(l.name("rating", score))))
                        },
                        .unwrap(scoreError) { .p(.class("error"), .id("score-error"), .text($0)) }
                    ),
                    Forms.textArea("comment", label: l(.trackComment), value: model.comment, maxLength: CitizenActions.maximumCommentLength,
                                   error: model.problems.message(for: "comment", l)),
                    .div(.class("actions"), .button(.type(.submit), .class("button primary wide"), .text(l(.trackRateSubmit))))
                )
            )
        }
    }
}
