import FarunCore
import Plot

extension CalendarPage {
    struct View {
        let model: Model
        let context: PageContext

        func document() -> HTML {
            let l = context.l10n
            let m = model
            func error(_ field: String) -> String? { m.problems.message(for: field, l) }
            return Layout.page(l(.calendarTitle), context: context, audience: .staff,
                .pageHeading(l(.calendarTitle), lead: l(.calendarLead, m.coveredFrom, m.coveredTo)),
                .flash(m.done.map { l(.calendarSaved, $0) }),
                .if(!m.addedYears.isEmpty, .table(.class("data"),
                    .caption(.text(l(.calendarAddedYears))),
                    .thead(.tr(.th(.text(l(.calendarYear))), .th(.text(l(.calendarSource))), .th(.text(l(.calendarDays))))),
                    .tbody(.forEach(m.addedYears) { y in .tr(.td(.text(String(y.year))), .td(.text(y.source)), .td(.text(String(y.days)))) }))),
                .if(m.canManage, .section(
                    .h2(.text(l(.calendarAddTitle))),
                    .p(.class("hint"), .text(l(.calendarAddHint))),
                    Forms.errorSummary(m.problems.summary(l), title: l(.formHasProblems)),
                    Forms.form(id: "calendar-form", action: SiteURL.adminCalendar.path, context: context,
                        Forms.field("year", label: l(.calendarYear), value: m.values.year, type: .number, required: true, error: error("year")),
                        Forms.field("source", label: l(.calendarSource), value: m.values.source, required: true, maxLength: 200, error: error("source")),
                        Forms.textArea("entries", label: l(.calendarEntries), value: m.values.entries, maxLength: 20_000, rows: 12, error: error("entries")),
                        Forms.submit(l(.buttonSave)))
                ))
            )
        }
    }
}
