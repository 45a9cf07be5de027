import FarunCore
import Plot

extension KnowledgeEntryFormPage {
    struct View {
        let model: Model
        let context: PageContext

        func document() -> HTML {
            let l = context.l10n
            let title = model.id == nil ? l(.knowledgeAdd) : (model.form.title.isEmpty ? l(.knowledgeEditTitle) : model.form.title)
            let action = model.id.map { SiteURL.adminKnowledgeEntry($0).path } ?? SiteURL.adminKnowledgeNew.path
            return Layout.page(title, context: context, audience: .staff,
                .p(.class("breadcrumb"), .a(.href(SiteURL.adminKnowledge.path), .text(l(.knowledgeAdminTitle)))),
                .pageHeading(title),
                .flash(model.done.map { KnowledgeEntryFormPage.flash($0, l) }),
                .unwrap(model.state) { state in
                    .p(.span(.class("badge"), .text(KnowledgeText.state(state, l))),
                       .unwrap(model.publishedAt) { .text(" " + l(.knowledgePublishedAt, Formatting.dateTime($0, l))) })
                },
                .if(model.stale, .div(.class("error-summary"), .attribute(named: "role", value: "alert"),
                    .h2(.text(l(.knowledgeStaleTitle))), .p(.text(l(.knowledgeStale))),
                    .unwrap(model.id) { .p(.a(.href(SiteURL.adminKnowledgeEntry($0).path), .text(l(.knowledgeReload)))) })),
                Forms.errorSummary(model.problems.summary(l), title: l(.formHasProblems)),
                .if(model.state == .published, .p(.class("notice"), .text(l(.knowledgeEditPublishedNote)))),
                Forms.form(id: "knowledge-form", action: action, context: context, fields(l)),
                .unwrap(model.id) { id in actions(id, l) },
                .if(!model.articles.isEmpty, .section(
                    .h2(.text(l(.knowledgeLinkedArticles))),
                    KnowledgeText.articles(model.articles, l, showUnverified: true)))
            )
        }

        private func fields(_ l: L10n) -> Node<HTML.FormContext> {
            let v = model.form
            func error(_ field: String) -> String? { model.problems.message(for: field, l) }
            typealias B = KnowledgeEntryContent.Bounds
            return .group(
                .input(.type(.hidden), .name("version"), .value(String(model.version))),
                Forms.select("kind", label: l(.knowledgeFieldKind), options: KnowledgeText.kindOptions(l), selected: v.kind, required: true, error: error("kind")),
                Forms.field("title", label: l(.knowledgeFieldTitle), value: v.title, required: true, maxLength: B.title,
                            hint: l(.knowledgeTitleHint), error: error("title")),
                CatalogFormFields.textArea("summary", label: l(.knowledgeFieldSummary), value: v.summary, hint: l(.knowledgeSummaryHint),
                                           rows: 3, maxLength: B.summary, error: error("summary")),
                CatalogFormFields.textArea("body", label: l(.knowledgeFieldBody), value: v.body, hint: l(.knowledgeBodyHint),
                                           rows: 12, maxLength: B.body, error: error("body")),
                Forms.select("legal_field", label: l(.knowledgeFieldLegalField), options: KnowledgeText.fieldOptions(l), selected: v.legalField,
                             includeEmpty: l(.knowledgeChoose), required: true, error: error("legal_field")),
                Forms.select("region_id", label: l(.fieldRegion), options: model.regions, selected: model.regionID.map(String.init),
                             required: true, error: error("region_id")),
                Forms.field("source", label: l(.knowledgeFieldSource), value: v.source, required: true, maxLength: B.source,
                            hint: l(.knowledgeSourceHint), error: error("source")),
                CatalogFormFields.textArea("articles", label: l(.knowledgeFieldArticles), value: v.articles, hint: l(.knowledgeArticlesHint),
                                           rows: 5, maxLength: 4000, error: error("articles")),
                Forms.submit(l(.buttonSave))
            )
        }

        /// Publish (one click, the form keeps the version) and retire (asks first, on a page of its own).
        private func actions(_ id: Int, _ l: L10n) -> Node<HTML.BodyContext> {
            let offered = model.state.map(KnowledgeEntryLifecycle.actions(from:)) ?? []
            return .div(.class("actions"),
                .if(offered.contains(.publish), .form(
                    .method(.post), .action(SiteURL.adminKnowledgePublish(id).path), .class("inline-form"),
                    .input(.type(.hidden), .name(CSRF.field), .value(context.csrfToken.attributeEscaped)),
                    .input(.type(.hidden), .name("version"), .value(String(model.version))),
                    .button(.type(.submit), .class("button primary"),
                            .text(model.state == .retired ? l(.knowledgeRepublish) : l(.knowledgePublish))))),
                .if(offered.contains(.retire), .a(.class("button danger"), .href(SiteURL.adminKnowledgeRetire(id).path), .text(l(.knowledgeRetire)))),
                .if(model.state == .published, .a(.class("button secondary"), .href(SiteURL.knowledgeEntry(id).path), .text(l(.knowledgePublicPage))))
            )
        }
    }
}
