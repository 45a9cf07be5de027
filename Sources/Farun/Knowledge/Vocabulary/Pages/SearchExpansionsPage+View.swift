import FarunCore
import Plot

extension SearchExpansionsPage {
    struct View {
        let model: Model
        let context: PageContext

        func document() -> HTML {
            let l = context.l10n
            func error(_ field: String) -> String? { model.problems.message(for: field, l) }
            return Layout.page(l(.expansionTitle), context: context, audience: .staff,
                .pageHeading(l(.expansionTitle), lead: l(.expansionLead)),
                .aside(.class("notice"), .attribute(named: "aria-label", value: l(.expansionShippedHeading).attributeEscaped),
                    .h2(.text(l(.expansionShippedHeading))),
                    .p(.text(l(.expansionShippedNote)))),
                .flash(model.done.map { SearchExpansionsPage.flash($0, l) }),
                .if(!model.canManage, .p(.class("notice"), .text(l(.expansionReadOnly)))),
                .if(model.canManage, .section(
                    .h2(.text(l(.expansionAdd))),
                    Forms.errorSummary(model.problems.summary(l), title: l(.formHasProblems)),
                    Forms.form(id: "expansion-form", action: SiteURL.adminSearchExpansions.path, context: context,
                        Forms.field("colloquial", label: l(.expansionFieldColloquial), value: model.colloquial, required: true,
                                    maxLength: SearchExpansionRow.Bounds.colloquial, hint: l(.expansionColloquialHint), error: error("colloquial")),
                        Forms.field("legal_terms", label: l(.expansionFieldLegalTerms), value: model.legalTerms, required: true,
                                    maxLength: 220, hint: l(.expansionLegalTermsHint), error: error("legal_terms")),
                        Forms.submit(l(.expansionAddButton))))),
                .h2(.text(l(.expansionListHeading))),
                .form(.class("filters"), .method(.get), .action(SiteURL.adminSearchExpansions.path), .attribute(named: "role", value: "search"),
                    Forms.field("q", label: l(.expansionSearch), value: model.query, type: .search, maxLength: 20),
                    .div(.class("actions"), .button(.type(.submit), .class("button secondary"), .text(l(.searchButton))))
                ),
                .if(model.rows.isEmpty, .p(.class("empty"), .text(l(.listEmpty)))),
                .if(!model.rows.isEmpty, .table(.class("data"),
                    .caption(.text(l(.expansionTableCaption, model.page.total))),
                    .thead(.tr(.th(.text(l(.expansionFieldColloquial))), .th(.text(l(.expansionFieldLegalTerms))),
                               .th(.text(l(.expansionAddedBy))), .if(model.canManage, .th(.text(l(.expansionActions)))))),
                    .tbody(.forEach(model.rows) { row in
                        .tr(
                            .td(.text(row.colloquial)),
                            .td(.text(row.legalTerms)),
                            .td(.text([row.addedBy, row.addedAt.map { Formatting.dateTime($0, l) }].compactMap { $0 }.joined(separator: " · "))),
                            .if(model.canManage, .td(.a(.href(SiteURL.adminSearchExpansionDelete(row.id).path),
                                                        .attribute(named: "aria-label", value: l(.expansionDeleteLabel, row.colloquial).attributeEscaped),
                                                        .text(l(.expansionDelete)))))
                        )
                    }))),
                PaginationView.nav(model.page, base: .adminSearchExpansions, query: [("q", model.query)], l: l)
            )
        }
    }
}
