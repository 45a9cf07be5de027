import FarunCore
import Plot

extension KnowledgeAdminIndexPage {
    struct View {
        let model: Model
        let context: PageContext

        func document() -> HTML {
            let l = context.l10n
            let query: [(String, String?)] = [("q", model.query), ("kind", model.kind?.rawValue), ("state", model.state?.rawValue),
                                              ("field", model.field?.rawValue)]
            return Layout.page(l(.knowledgeAdminTitle), context: context, audience: .staff,
                .pageHeading(l(.knowledgeAdminTitle), lead: l(.knowledgeAdminLead)),
                .flash(model.done.map { KnowledgeEntryFormPage.flash($0, l) }),
                .p(.a(.class("button primary"), .href(SiteURL.adminKnowledgeNew.path), .attribute(named: "accesskey", value: "n"),
                      .text(l(.knowledgeAdd)))),
                .form(.class("filters"), .method(.get), .action(SiteURL.adminKnowledge.path), .attribute(named: "role", value: "search"),
                    Forms.field("q", label: l(.knowledgeSearchText), value: model.query, type: .search, maxLength: 60),
                    Forms.select("kind", label: l(.knowledgeFieldKind), options: KnowledgeText.kindOptions(l), selected: model.kind?.rawValue, includeEmpty: l(.filterAll)),
                    Forms.select("state", label: l(.fieldStatus), options: KnowledgeText.stateOptions(l), selected: model.state?.rawValue, includeEmpty: l(.filterAll)),
                    Forms.select("field", label: l(.knowledgeFieldLegalField), options: KnowledgeText.fieldOptions(l), selected: model.field?.rawValue, includeEmpty: l(.filterAll)),
                    .div(.class("actions"), .button(.type(.submit), .class("button secondary"), .text(l(.searchButton))))
                ),
                .if(model.rows.isEmpty, .p(.class("empty"), .text(l(.listEmpty)))),
                .if(!model.rows.isEmpty, .table(.class("data"),
                    .caption(.text(l(.knowledgeTableCaption, model.page.total))),
                    .thead(.tr(.th(.text(l(.knowledgeFieldTitle))), .th(.text(l(.knowledgeFieldKind))), .th(.text(l(.knowledgeFieldLegalField))),
                               .th(.text(l(.fieldRegion))), .th(.text(l(.fieldStatus))), .th(.text(l(.knowledgeUpdatedAt))))),
                    .tbody(.forEach(model.rows) { row in
                        .tr(
                            .td(.a(.href(SiteURL.adminKnowledgeEntry(row.id).path), .text(row.title))),
                            .td(.text(KnowledgeText.kind(row.kind, l))),
                            .td(.text(KnowledgeText.field(row.field, l))),
                            .td(.text(row.region)),
                            .td(.span(.class("badge"), .text(KnowledgeText.state(row.state, l)))),
                            .td(.text(row.updatedAt.map { Formatting.dateTime($0, l) } ?? "—"))
                        )
                    }))),
                PaginationView.nav(model.page, base: .adminKnowledge, query: query, l: l)
            )
        }
    }
}
