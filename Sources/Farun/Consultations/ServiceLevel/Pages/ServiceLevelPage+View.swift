import FarunCore
import Foundation
import Plot

extension ServiceLevelPage {
    struct View {
        let model: Model
        let context: PageContext

        func document() -> HTML {
            let l = context.l10n
            let m = model
            func error(_ field: String) -> String? { m.problems.message(for: field, l) }
            let levelOptions = ServiceLevelQueries.levelChoices.map { Forms.Option(value: String($0), label: l(levelLabels[$0])) }
            return Layout.page(l(.serviceLevelTitle), context: context, audience: .staff,
                .pageHeading(l(.serviceLevelTitle), lead: l(.serviceLevelLead)),
                .p(.a(.href(SiteURL.consultationOverdue.path), .text(l(.overdueTitle)))),
                Forms.errorSummary(m.problems.summary(l), title: l(.formHasProblems)),
                .form(.class("filters"), .method(.get), .action(SiteURL.consultationServiceLevel.path), .attribute(named: "role", value: "search"),
                    Forms.field("from", label: l(.hotlineFrom), value: m.from, type: .date, required: true, error: error("from")),
                    Forms.field("to", label: l(.hotlineTo), value: m.to, type: .date, required: true, error: error("to")),
                    Forms.select("region_id", label: l(.serviceLevelRegion), options: m.regions, selected: m.regionID, error: error("region_id")),
                    Forms.select("levels", label: l(.serviceLevelLevels), options: levelOptions, selected: m.levels, error: error("levels")),
                    Forms.field("n", label: l(.serviceLevelN), value: m.requiredLawyers, type: .number, error: error("n")),
                    .div(.class("actions"), .button(.type(.submit), .class("button secondary"), .text(l(.searchButton))))),
                .unwrap(m.report) { report($0, l) }
            )
        }

        private var levelLabels: [L] { [.serviceLevelLevel0, .serviceLevelLevel1, .serviceLevelLevel2] }

        private func report(_ r: ServiceLevelQueries.Report, _ l: L10n) -> Node<HTML.BodyContext> {
            let n = r.query.requiredLawyers
            return .group(
                .p(.a(.class("button secondary"), .href(model.csvPath.attributeEscaped), .text(l(.serviceLevelCSV)))),
                .h2(.text(l(.serviceLevelTotal))),
                .table(.class("data figures"),
                    .caption(.text(l(.serviceLevelCaption, r.query.period.from.description, r.query.period.to.description))),
                    .tbody(
                        figureRow(l(.serviceLevelAsked), String(r.total.asked)),
                        figureRow(l(.serviceLevelWithinLimitShare), share(r.total.answeredWithinLimit)),
                        figureRow(l(.serviceLevelMedianFirst), HotlineFormat.duration(r.total.medianFirstAnswer, l)),
                        figureRow(l(.serviceLevelReachedShareN, n), share(r.total.reachedRequiredLawyers)),
                        figureRow(l(.serviceLevelMedianFollowUp), HotlineFormat.duration(r.total.medianFollowUpResponse, l)))),
                .p(.class("hint"), .text(l(.serviceLevelNote))),
                .if(!r.days.isEmpty, ServiceLevelChart.svg(r.days, title: l(.serviceLevelChartTitle),
                                                           description: l(.serviceLevelChartDescription, r.query.period.from.description,
                                                                          r.query.period.to.description))),
                .h2(.text(l(.serviceLevelByDay))),
                .if(r.rows.isEmpty, .p(.class("empty"), .text(l(.listEmpty)))),
                .if(!r.rows.isEmpty, .table(.class("data"),
                    .thead(.tr(.th(.text(l(.serviceLevelDay))), .th(.text(l(.serviceLevelRegion))), .th(.text(l(.serviceLevelAsked))),
                               .th(.text(l(.serviceLevelWithinLimitShare))), .th(.text(l(.serviceLevelMedianFirst))),
                               .th(.text(l(.serviceLevelReachedShareN, n))), .th(.text(l(.serviceLevelMedianFollowUp))))),
                    .tbody(.forEach(r.rows) { row in
                        .tr(.td(.text(row.day.description)), .td(.text(r.regionNames[row.regionPath.value] ?? row.regionPath.value)),
                            .td(.text(String(row.asked))), .td(.text(share(row.answeredWithinLimit))),
                            .td(.text(HotlineFormat.duration(row.medianFirstAnswer, l))), .td(.text(share(row.reachedRequiredLawyers))),
                            .td(.text(HotlineFormat.duration(row.medianFollowUpResponse, l))))
                    }))),
                .h2(.text(l(.serviceLevelLawyers))),
                .if(r.total.lawyers.isEmpty, .p(.class("empty"), .text(l(.listEmpty)))),
                .if(!r.total.lawyers.isEmpty, .table(.class("data"),
                    .thead(.tr(.th(.text(l(.serviceLevelLawyer))), .th(.text(l(.serviceLevelAnswered))), .th(.text(l(.serviceLevelFirstAnswers))),
                               .th(.text(l(.serviceLevelLawyerMedian))), .th(.text(l(.serviceLevelFollowUps))),
                               .th(.text(l(.serviceLevelMedianFollowUp))), .th(.text(l(.serviceLevelRating))))),
                    .tbody(.forEach(r.total.lawyers) { lawyer in
                        .tr(.td(.text(r.lawyerNames[lawyer.lawyer] ?? "#" + lawyer.lawyer)), .td(.text(String(lawyer.questionsAnswered))),
                            .td(.text(String(lawyer.firstAnswers))), .td(.text(HotlineFormat.duration(lawyer.medianTimeToAnswer, l))),
                            .td(.text(String(lawyer.followUpsAnswered))), .td(.text(HotlineFormat.duration(lawyer.medianFollowUpResponse, l))),
                            .td(.text(lawyer.averageRatingTenths.map { "\($0 / 10).\($0 % 10)" } ?? "—")))
                    })))
            )
        }

        /// "75.0%（3/4）".
        private func share(_ share: Share) -> String {
            share.whole == 0 ? "—" : "\(HotlineFormat.percent(share)) (\(share.part)/\(share.whole))"
        }

        private func figureRow(_ label: String, _ value: String) -> Node<HTML.TableContext> {
            .tr(.th(.attribute(named: "scope", value: "row"), .text(label)), .td(.text(value)))
        }
    }
}
