import FarunCore
import Plot

extension SatisfactionPage {
    struct View {
        let model: Model
        let context: PageContext

        func document() -> HTML {
            let l = context.l10n
            func error(_ field: String) -> String? { model.problems.message(for: field, l) }
            return Layout.page(l(.satisfactionTitle), context: context, audience: .staff,
                .pageHeading(l(.satisfactionTitle), lead: l(.satisfactionLead)),
                Forms.errorSummary(model.problems.summary(l), title: l(.formHasProblems)),
                .form(.class("filters"), .method(.get), .action(SiteURL.satisfaction.path), .attribute(named: "role", value: "search"),
                    Forms.field("from", label: l(.satisfactionFrom), value: model.from, type: .date, error: error("from")),
                    Forms.field("to", label: l(.satisfactionTo), value: model.to, type: .date, error: error("to")),
                    .div(.class("actions"), .button(.type(.submit), .class("button secondary"), .text(l(.searchButton))))
                ),
                .p(.class("satisfaction-total"), .text(l(.satisfactionSummary, model.from, model.to, model.total.tally.total,
                                                          model.total.tally.percentText ?? l(.satisfactionNoRate)))),
                .if(model.total.tally.total == 0, .p(.class("empty"), .text(l(.satisfactionEmpty)))),
                .if(model.total.tally.total > 0, .group(
                    table(l(.satisfactionByUnit), column: l(.satisfactionUnit), rows: model.byUnit, l: l),
                    table(l(.satisfactionByService), column: l(.satisfactionService), rows: model.byService, l: l)))
            )
        }

        private func table(_ caption: String, column: String, rows: [Row], l: L10n) -> Node<HTML.BodyContext> {
            .table(.class("data"),
                .caption(.text(caption)),
                .thead(.tr(
                    .th(.attribute(named: "scope", value: "col"), .text(column)),
                    .th(.class("num"), .attribute(named: "scope", value: "col"), .text(l.name("rating", RatingScore.satisfied))),
                    .th(.class("num"), .attribute(named: "scope", value: "col"), .text(l.name("rating", RatingScore.basicallySatisfied))),
                    .th(.class("num"), .attribute(named: "scope", value: "col"), .text(l.name("rating", RatingScore.dissatisfied))),
                    .th(.class("num"), .attribute(named: "scope", value: "col"), .text(l(.satisfactionCount))),
                    .th(.class("num"), .attribute(named: "scope", value: "col"), .text(l(.satisfactionRate))),
                    .th(.class("num"), .attribute(named: "scope", value: "col"), .text(l(.satisfactionCallbacksOpen))),
                    .th(.class("num"), .attribute(named: "scope", value: "col"), .text(l(.satisfactionCallbacksDone))))),
                .tbody(.forEach(rows + [Row(label: l(.satisfactionTotal), tally: model.total.tally, openCallbacks: model.total.openCallbacks,
                                            doneCallbacks: model.total.doneCallbacks)]) { row in
                    .tr(.th(.attribute(named: "scope", value: "row"), .text(row.label)),
                        .td(.class("num"), .text(String(row.tally.satisfied))),
                        .td(.class("num"), .text(String(row.tally.basicallySatisfied))),
                        .td(.class("num"), .text(String(row.tally.dissatisfied))),
                        .td(.class("num"), .text(String(row.tally.total))),
                        .td(.class("num"), .text(row.tally.percentText ?? l(.satisfactionNoRate))),
                        .td(.class("num"), .text(String(row.openCallbacks))),
                        .td(.class("num"), .text(String(row.doneCallbacks))))
                }))
        }
    }
}
