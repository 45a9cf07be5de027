import FarunCore
import Plot

extension DutyRosterPage {
    static let weekdays: [L] = [.dutyWeekday1, .dutyWeekday2, .dutyWeekday3, .dutyWeekday4, .dutyWeekday5, .dutyWeekday6, .dutyWeekday7]

    /// "每周一" or the date.
    static func dayText(_ row: Row, _ l: L10n) -> String {
        if let weekday = row.weekday, (1...7).contains(weekday) { return l(.dutyEveryWeekday, l(weekdays[weekday - 1])) }
        return row.date ?? ""
    }

    static func fieldsText(_ row: Row, _ l: L10n) -> String {
        row.kind == .supervisor ? "—" : row.fields.isEmpty ? l(.dutyAllFields) : row.fields.map { l.name("field", $0) }.joined(separator: "、")
    }

    struct View {
        let model: Model
        let context: PageContext

        func document() -> HTML {
            let l = context.l10n
            let m = model
            func error(_ field: String) -> String? { m.problems.message(for: field, l) }
            let weekdayOptions = DutyRosterPage.weekdays.enumerated().map { Forms.Option(value: String($0.offset + 1), label: l($0.element)) }
            let fieldOptions = LegalField.allCases.map { Forms.Option(value: $0.rawValue, label: l.name("field", $0)) }
            let kindOptions = DutyKind.allCases.map { Forms.Option(value: $0.rawValue, label: l.name("dutykind", $0)) }
            let people = m.lawyers.map { Forms.Option(value: $0.value, label: $0.label + " · " + l.name("dutykind", DutyKind.lawyer)) }
                + m.supervisors.map { Forms.Option(value: $0.value, label: $0.label + " · " + l.name("dutykind", DutyKind.supervisor)) }
            return Layout.page(l(.dutyRosterTitle), context: context, audience: .staff,
                .pageHeading(l(.dutyRosterTitle), lead: l(.dutyRosterLead)),
                .p(.a(.href(SiteURL.consultationOverdue.path), .text(l(.overdueTitle)))),
                .flash(m.done.map { DutyRosterPage.flash($0, l) }),
                .section(.attribute(named: "aria-labelledby", value: "duty-add"),
                    .h2(.id("duty-add"), .text(l(.dutyAdd))),
                    Forms.errorSummary(m.problems.summary(l), title: l(.formHasProblems)),
                    Forms.form(id: "duty-form", action: SiteURL.adminDutyRoster.path, context: context,
                        Forms.select("kind", label: l(.dutyKind), options: kindOptions, selected: m.input.kind, required: true, error: error("kind")),
                        Forms.select("person_id", label: l(.dutyPerson), options: people, selected: m.input.personID, includeEmpty: l(.dutyChoose),
                                     required: true, error: error("person_id")),
                        Forms.select("weekday", label: l(.dutyWeekday), options: weekdayOptions, selected: m.input.weekday,
                                     includeEmpty: l(.dutyNoWeekday), error: error("weekday")),
                        Forms.field("date", label: l(.dutyDate), value: m.input.date, type: .date, hint: l(.dutyDayHint), error: error("date")),
                        Forms.field("start", label: l(.dutyStart), value: m.input.start, type: .time, required: true, hint: l(.dutyTimeHint), error: error("start")),
                        Forms.field("end", label: l(.dutyEnd), value: m.input.end, type: .time, required: true, error: error("end")),
                        Forms.select("region_id", label: l(.dutyRegion), options: m.regions, selected: m.input.regionID, includeEmpty: l(.dutyChoose),
                                     required: true, error: error("region_id")),
                        Forms.checkboxes("fields", legend: l(.dutyFields), options: fieldOptions, checked: Set(m.input.fields)),
                        .unwrap(error("fields")) { .p(.class("error"), .id("fields-error"), .text($0)) },
                        .p(.class("hint"), .text(l(.dutyFieldsHint))),
                        Forms.submit(l(.dutyAddButton)))),
                .h2(.text(l(.dutyListHeading))),
                .form(.class("filters"), .method(.get), .action(SiteURL.adminDutyRoster.path), .attribute(named: "role", value: "search"),
                    .div(.class("field"), .label(.for("filter-region"), .text(l(.dutyRegion))),
                         .select(.id("filter-region"), .attribute(named: "name", value: "region_id"),
                                 Forms.optionNode(value: "", label: l(.dutyAny), selected: m.filter.regionID == nil),
                                 .forEach(m.regions) { Forms.optionNode(value: $0.value, label: $0.label, selected: $0.value == m.filter.regionID.map(String.init)) })),
                    .div(.class("field"), .label(.for("filter-field"), .text(l(.consultField))),
                         .select(.id("filter-field"), .attribute(named: "name", value: "field"),
                                 Forms.optionNode(value: "", label: l(.dutyAny), selected: m.filter.field == nil),
                                 .forEach(fieldOptions) { Forms.optionNode(value: $0.value, label: $0.label, selected: $0.value == m.filter.field?.rawValue) })),
                    .div(.class("field"), .label(.for("filter-day"), .text(l(.dutyDay))),
                         .select(.id("filter-day"), .attribute(named: "name", value: "day"),
                                 Forms.optionNode(value: "", label: l(.dutyAny), selected: m.filter.day == nil),
                                 .forEach(weekdayOptions) { Forms.optionNode(value: $0.value, label: $0.label, selected: $0.value == m.filter.day) })),
                    .div(.class("field"), .label(.for("filter-kind"), .text(l(.dutyKind))),
                         .select(.id("filter-kind"), .attribute(named: "name", value: "kind"),
                                 Forms.optionNode(value: "", label: l(.dutyAny), selected: m.filter.kind == nil),
                                 .forEach(kindOptions) { Forms.optionNode(value: $0.value, label: $0.label, selected: $0.value == m.filter.kind?.rawValue) })),
                    .div(.class("actions"), .button(.type(.submit), .class("button secondary"), .text(l(.searchButton))))),
                .if(m.rows.isEmpty, .p(.class("empty"), .text(l(.listEmpty)))),
                .if(!m.rows.isEmpty, .table(.class("data"),
                    .caption(.text(l(.dutyTableCaption, m.page.total))),
                    .thead(.tr(.th(.text(l(.dutyKind))), .th(.text(l(.dutyPerson))), .th(.text(l(.dutyDay))), .th(.text(l(.dutyTime))),
                               .th(.text(l(.dutyRegion))), .th(.text(l(.dutyFields))), .th(.text(l(.dutyActions))))),
                    .tbody(.forEach(m.rows) { row in
                        .tr(.td(.text(l.name("dutykind", row.kind))), .td(.text(row.person)), .td(.text(DutyRosterPage.dayText(row, l))),
                            .td(.text(row.time)), .td(.text(row.region)), .td(.text(DutyRosterPage.fieldsText(row, l))),
                            .td(.a(.href(SiteURL.adminDutySlotDelete(row.id).path),
                                   .attribute(named: "aria-label", value: l(.dutyRemoveLabel, row.person, DutyRosterPage.dayText(row, l), row.time).attributeEscaped),
                                   .text(l(.dutyRemove)))))
                    }))),
                PaginationView.nav(m.page, base: .adminDutyRoster,
                                   query: [("region_id", m.filter.regionID.map(String.init)), ("field", m.filter.field?.rawValue),
                                           ("day", m.filter.day), ("kind", m.filter.kind?.rawValue)], l: l)
            )
        }
    }
}

extension DutySlotDeletePage {
    struct View {
        let model: Model
        let context: PageContext

        func document() -> HTML {
            let l = context.l10n
            let row = model.row
            let title = l(.dutyRemoveTitle)
            return Layout.page(title, context: context, audience: .staff,
                .p(.class("breadcrumb"), .a(.href(SiteURL.adminDutyRoster.path), .text(l(.dutyRosterTitle)))),
                .pageHeading(title, lead: l(.dutyRemoveExplain)),
                .dl(.class("facts"),
                    .dt(.text(l(.dutyKind))), .dd(.text(l.name("dutykind", row.kind))),
                    .dt(.text(l(.dutyPerson))), .dd(.text(row.person)),
                    .dt(.text(l(.dutyDay))), .dd(.text(DutyRosterPage.dayText(row, l))),
                    .dt(.text(l(.dutyTime))), .dd(.text(row.time)),
                    .dt(.text(l(.dutyRegion))), .dd(.text(row.region)),
                    .dt(.text(l(.dutyFields))), .dd(.text(DutyRosterPage.fieldsText(row, l)))),
                Forms.form(id: "delete-form", action: SiteURL.adminDutySlotDelete(row.id).path, context: context,
                    .div(.class("actions"),
                        .button(.type(.submit), .class("button danger"), .text(l(.dutyRemoveConfirm))),
                        .a(.class("button secondary"), .href(SiteURL.adminDutyRoster.path), .text(l(.catalogCancel)))))
            )
        }
    }
}
