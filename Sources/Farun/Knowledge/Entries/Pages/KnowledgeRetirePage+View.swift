import Plot

extension KnowledgeRetirePage {
    struct View {
        let model: Model
        let context: PageContext

        func document() -> HTML {
            let l = context.l10n
            let title = l(.knowledgeRetireTitle, model.title)
            return Layout.page(title, context: context, audience: .staff,
                .p(.class("breadcrumb"), .a(.href(SiteURL.adminKnowledge.path), .text(l(.knowledgeAdminTitle)))),
                .pageHeading(title, lead: l(.knowledgeRetireExplain)),
                Forms.form(id: "retire-form", action: SiteURL.adminKnowledgeRetire(model.id).path, context: context,
                    .input(.type(.hidden), .name("version"), .value(String(model.version))),
                    .div(.class("actions"),
                        .button(.type(.submit), .class("button danger"), .text(l(.knowledgeRetireConfirm))),
                        .a(.class("button secondary"), .href(SiteURL.adminKnowledgeEntry(model.id).path), .text(l(.catalogCancel))))
                )
            )
        }
    }
}
