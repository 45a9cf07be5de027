import FarunCore
import Plot

extension DeadlineCalculatorPage {
    struct View {
        let model: Model
        let context: PageContext

        func document() -> HTML {
            let l = context.l10n
            func error(_ field: String) -> String? { model.problems.message(for: field, l) }
            let units = PeriodUnit.allCases.map { Forms.Option(value: $0.rawValue, label: l.name("unit", $0)) }
            return Layout.page(l(.deadlineTitle), context: context, audience: .staff,
                .pageHeading(l(.deadlineTitle), lead: l(.deadlineLead)),
                Forms.errorSummary(model.problems.summary(l), title: l(.formHasProblems)),
                .form(.id("deadline-form"), .method(.get), .action(SiteURL.deadlineCalculator.path), .class("form"),
                    Forms.field("from", label: l(.deadlineFrom), value: model.input.from, type: .date, required: true, error: error("from")),
                    Forms.field("days", label: l(.deadlineDays), value: model.input.days, type: .number, required: true, error: error("days")),
                    Forms.select("unit", label: l(.deadlineUnit), options: units, selected: model.input.unit, required: true, error: error("unit")),
                    .div(.class("actions"), .button(.type(.submit), .class("button primary"), .text(l(.deadlineCompute))))),
                .unwrap(model.deadline) { deadline in
                    .section(.class("notice"), .attribute(named: "role", value: "status"),
                        .h2(.text(l(.deadlineDue, deadline.dueDate.description))),
                        .if(deadline.isProvisional, .p(.strong(.text(l(.deadlineProvisional))))),
                        .p(.class("hint"), .text(l(.deadlineExplain))))
                }
            )
        }
    }
}
