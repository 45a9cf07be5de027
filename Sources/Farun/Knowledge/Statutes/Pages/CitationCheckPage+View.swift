import FarunCore
import Plot

extension CitationCheckPage {
    struct View {
        let model: Model
        let context: PageContext

        func document() -> HTML {
            let l = context.l10n
            return Layout.page(l(.citeTitle), context: context, audience: .staff,
                .pageHeading(l(.citeTitle), lead: l(.citeLead)),
                Forms.errorSummary(model.problems.summary(l), title: l(.errorValidation)),
                Forms.form(id: "citation-check", action: SiteURL.citationCheck.path, context: context,
                    Forms.textArea("text", label: l(.citeTextLabel), value: model.text, maxLength: CitationCheckPage.maxLength, rows: 8,
                                   error: model.problems.message(for: "text", l)),
                    Forms.submit(l(.citeSubmit))),
                .unwrap(model.rows) { rows in
                    .section(.attribute(named: "aria-labelledby", value: "results-heading"),
                        .h2(.id("results-heading"), .text(l(.citeResults, rows.count, rows.filter { $0.verdict != .exists }.count))),
                        .if(rows.isEmpty, .p(.class("empty"), .text(l(.citeNone)))),
                        .if(!rows.isEmpty, .table(.class("dense"),
                            .thead(.tr(.th(.text(l(.citeColumnCitation))), .th(.text(l(.citeColumnVerdict))), .th(.text(l(.citeColumnArticle))))),
                            .tbody(.forEach(rows) { row in
                                .tr(.class("verdict-\(row.verdict.rawValue)"),
                                    .td(.text(row.quoted)),
                                    .td(.span(.class(row.verdict == .exists ? "badge ok" : "badge warning"), .text(row.message))),
                                    .td(.unwrap(row.articleURL) { .a(.href($0.attributeEscaped), .text(l(.citeOpenArticle))) },
                                        .unwrap(row.articleText) { StatuteViews.text($0) }))
                            })
                        ))
                    )
                }
            )
        }
    }
}
