import FarunCore
import Plot

extension HotlineFiguresPage {
    struct View {
        let model: Model
        let context: PageContext

        func document() -> HTML {
            let l = context.l10n
            func error(_ field: String) -> String? { model.problems.message(for: field, l) }
            return Layout.page(l(.hotlineFiguresTitle), context: context, audience: .staff,
                .pageHeading(l(.hotlineFiguresTitle), lead: l(.hotlineFiguresLead)),
                HotlineNav.links(l),
                Forms.errorSummary(model.problems.summary(l), title: l(.formHasProblems)),
                .form(.class("filters"), .method(.get), .action(SiteURL.hotlineFigures.path), .attribute(named: "role", value: "search"),
                    Forms.field("from", label: l(.hotlineFrom), value: model.from, type: .date, required: true, error: error("from")),
                    Forms.field("to", label: l(.hotlineTo), value: model.to, type: .date, required: true, error: error("to")),
                    .div(.class("actions"), .button(.type(.submit), .class("button secondary"), .text(l(.searchButton))))),
                .unwrap(model.figures) { figures($0, l) }
            )
        }

        private func figures(_ f: HotlineFigures, _ l: L10n) -> Node<HTML.BodyContext> {
            let target = HotlineFigures.connectionRateTargetPercent
            let verdict: String = switch f.connectionTargetMet {
            case true?: l(.hotlineTargetMet, target)
            case false?: l(.hotlineTargetMissed, target)
            case nil: l(.hotlineTargetNoCalls, target)
            }
            let names = f.perOperator.map { model.operatorNames[$0.operatorKey] ?? $0.operatorKey }
            return .group(
                .table(.class("data figures"),
                    .caption(.text(l(.hotlineFiguresCaption, model.from, model.to))),
                    .tbody(
                        figureRow(l(.hotlineTotalCalls), String(f.total)),
                        figureRow(l(.hotlineAnsweredCalls), String(f.answered)),
                        .tr(.th(.attribute(named: "scope", value: "row"), .text(l(.hotlineConnectionRate))),
                            .td(.text(HotlineFormat.percent(f.connectionRate) + " "),
                                .strong(.class(f.connectionTargetMet == false ? "flag overdue" : "flag"), .text(verdict)))),
                        figureRow(l(.hotlineWithin15s), l(.hotlineWithin15sValue, HotlineFormat.percent(f.answeredWithin15sOfAll),
                                                          f.answeredWithin15sOfAll.part, f.total)),
                        figureRow(l(.hotlineAverageTalk), HotlineFormat.duration(f.averageTalkSeconds, l)),
                        figureRow(l(.hotlineAverageAnswer), HotlineFormat.duration(f.averageSecondsToAnswer, l)),
                        figureRow(l(.hotlineMissedCalls), l(.hotlineMissedValue, f.missed, f.missedCalledBack, f.missedNotCalledBack)))),
                .p(.class("hint"), .text(l(.hotlineFiguresNote, target))),
                .h2(.text(l(.hotlinePerOperator))),
                .if(f.perOperator.isEmpty, .p(.class("empty"), .text(l(.listEmpty)))),
                .if(!f.perOperator.isEmpty, .group(
                    OperatorChart.svg(f.perOperator, names: names, title: l(.hotlinePerOperator), description: l(.hotlineChartDescription, model.from, model.to)),
                    .table(.class("data"),
                        .caption(.text(l(.hotlineChartTable))),
                        .thead(.tr(.th(.text(l(.hotlineOperator))), .th(.text(l(.hotlineAnsweredCalls))), .th(.text(l(.hotlineTotalTalk))))),
                        .tbody(.forEach(Array(zip(f.perOperator, names))) { load, name in
                            .tr(.td(.text(name)), .td(.text(String(load.answered))), .td(.text(HotlineFormat.duration(load.talkSeconds, l))))
                        }))))
            )
        }

        private func figureRow(_ label: String, _ value: String) -> Node<HTML.TableContext> {
            .tr(.th(.attribute(named: "scope", value: "row"), .text(label)), .td(.text(value)))
        }
    }
}
