import FarunCore
import Plot

extension RoutingRulesPage {
    struct View {
        let model: Model
        let context: PageContext

        func document() -> HTML {
            let l = context.l10n
            func error(_ field: String) -> String? { model.problems.message(for: field, l) }
            return Layout.page(l(.routingRulesTitle), context: context, audience: .staff,
                .p(.class("breadcrumb"), .a(.href(SiteURL.adminUnits.path), .text(l(.unitsTitle)))),
                .pageHeading(l(.routingRulesTitle), lead: l(.routingRulesLead)),
                .flash(model.done.map { _ in l(.flashSaved) }),
                Forms.errorSummary(model.problems.summary(l), title: l(.formHasProblems)),
                .if(model.rows.isEmpty, .p(.class("empty"), .text(l(.listEmpty)))),
                .if(!model.rows.isEmpty, .table(.class("data dense"),
                    .caption(.text(l(.routingRulesCaption, model.page.total))),
                    .thead(.tr(.th(.text(l(.intakeService))), .th(.text(l(.fieldRegion))), .th(.text(l(.routingRuleUnit))), .th(.text(l(.tokensActions))))),
                    .tbody(.forEach(model.rows) { row in
                        .tr(.td(.text(row.service ?? l(.routingRuleAnyService))), .td(.text(row.region)),
                            .td(.text(row.unit), .if(row.unitRetired, .group(.text(" "), .span(.class("badge"), .text(l(.statusRetired)))))),
                            .td(Forms.action(SiteURL.adminRoutingRuleDelete(row.id).path, label: l(.routingRuleDelete),
                                             confirm: l(.routingRuleDeleteConfirm, row.service ?? l(.routingRuleAnyService), row.region, row.unit),
                                             context: context, danger: true)))
                    }))),
                PaginationView.nav(model.page, base: .adminRoutingRules, query: [], l: l),
                .h2(.text(l(.routingRuleAdd))),
                Forms.form(id: "rule-form", action: SiteURL.adminRoutingRules.path, context: context,
                    Forms.select("service", label: l(.intakeService), options: model.services, selected: model.input.service, includeEmpty: l(.routingRuleAnyService), error: error("service")),
                    Forms.select("region_id", label: l(.fieldRegion), options: model.regions, selected: model.input.regionID, includeEmpty: l(.selectPrompt), required: true, error: error("region_id")),
                    Forms.select("unit_id", label: l(.routingRuleUnit), options: model.units, selected: model.input.unitID, includeEmpty: l(.selectPrompt), required: true, error: error("unit_id")),
                    Forms.submit(l(.routingRuleAdd)))
            )
        }
    }
}
