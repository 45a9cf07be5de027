import FarunCore
import Plot

extension OverduePage {
    struct View {
        let model: Model
        let context: PageContext

        func document() -> HTML {
            let l = context.l10n
            let m = model
            return Layout.page(l(.overdueTitle), context: context, audience: .staff,
                .pageHeading(l(.overdueTitle), lead: l(.overdueLead, m.limitMinutes)),
                .p(.class("notice"), .text(m.onDutyFor.isEmpty ? l(.overdueNotOnDuty) : l(.overdueOnDuty, m.onDutyFor.joined(separator: "、")))),
                .if(m.items.isEmpty, .p(.class("empty"), .text(l(.overdueEmpty)))),
                .if(!m.items.isEmpty, .table(.class("data"),
                    .caption(.text(l(.overdueCaption, m.items.count))),
                    .thead(.tr(.th(.text(l(.consultQuestion))), .th(.text(l(.consultField))), .th(.text(l(.dutyRegion))),
                               .th(.text(l(.consultAskedAt))), .th(.text(l(.overdueWaiting))))),
                    .tbody(.forEach(m.items) { item in
                        .tr(.td(.text(String(item.question.prefix(120)))),
                            .td(.text(l.name("field", item.field))), .td(.text(item.region)),
                            .td(.text(Formatting.dateTime(item.askedAt, l))),
                            .td(.strong(.class("flag overdue"), .text(l(.consultWorkbenchAge, String(item.waitingMinutes))))))
                    })))
            )
        }
    }
}
