import Plot

extension SearchExpansionDeletePage {
    struct View {
        let model: Model
        let context: PageContext

        func document() -> HTML {
            let l = context.l10n
            let title = l(.expansionDeleteTitle, model.colloquial)
            return Layout.page(title, context: context, audience: .staff,
                .p(.class("breadcrumb"), .a(.href(SiteURL.adminSearchExpansions.path), .text(l(.expansionTitle)))),
                .pageHeading(title, lead: l(.expansionDeleteExplain)),
                .dl(.class("facts"),
                    .dt(.text(l(.expansionFieldColloquial))), .dd(.text(model.colloquial)),
                    .dt(.text(l(.expansionFieldLegalTerms))), .dd(.text(model.legalTerms))),
                Forms.form(id: "delete-form", action: SiteURL.adminSearchExpansionDelete(model.id).path, context: context,
                    .div(.class("actions"),
                        .button(.type(.submit), .class("button danger"), .text(l(.expansionDeleteConfirm))),
                        .a(.class("button secondary"), .href(SiteURL.adminSearchExpansions.path), .text(l(.catalogCancel))))
                )
            )
        }
    }
}
