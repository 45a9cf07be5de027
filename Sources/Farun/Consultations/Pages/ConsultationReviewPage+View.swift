import FarunCore
import Plot

extension ConsultationReviewQueuePage {
    struct View {
        let model: Model
        let context: PageContext

        func document() -> HTML {
            let l = context.l10n
            return Layout.page(l(.consultReviewQueueTitle), context: context, audience: .staff,
                .pageHeading(l(.consultReviewQueueTitle), lead: l(.consultReviewQueueLead)),
                .unwrap(model.notice) { .div(.class("flash"), .attribute(named: "role", value: "status"), .text($0)) },
                .if(model.items.isEmpty, .p(.class("empty"), .text(l(.consultReviewQueueEmpty)))),
                .if(!model.items.isEmpty, .table(
                    .class("table data"),
                    .thead(.tr(.th(.text(l(.consultQuestion))), .th(.text(l(.consultField))), .th(.text(l(.consultReviewClosedAt))))),
                    .tbody(.forEach(model.items) { item in
                        .tr(
                            .td(.a(.href(SiteURL.consultationReview(item.id).path.attributeEscaped), .text(String(item.question.prefix(80))))),
                            .td(.text(l.name("field", item.field))),
                            .td(.text(item.closedAt.map { Formatting.dateTime($0, l) } ?? ""))
                        )
                    })
                ))
            )
        }
    }
}

extension ConsultationReviewPage {
    struct View {
        let model: Model
        let context: PageContext

        func document() -> HTML {
            let l = context.l10n
            let m = model
            return Layout.page(l(.consultReviewTitle), context: context, audience: .staff,
                .p(.a(.href(SiteURL.consultationReviews.path), .text(l(.consultReviewQueueTitle)))),
                .pageHeading(l(.consultReviewTitle), lead: l(.consultReviewLead)),
                .unwrap(m.notice) { .div(.class("flash error"), .attribute(named: "role", value: "alert"), .text($0)) },
                Forms.errorSummary(m.problems.summary(l), title: l(.formHasProblems)),
                .section(
                    .attribute(named: "aria-labelledby", value: "review-original"),
                    .h2(.id("review-original"), .text(l(.consultReviewOriginal))),
                    .p(.class("consult-question-text"), .text(m.question)),
                    .dl(.class("facts"),
                        .dt(.text(l(.consultField))), .dd(.text(l.name("field", m.field))),
                        .dt(.text(l(.consultAskedAt))), .dd(.text(Formatting.dateTime(m.askedAt, l)))),
                    .h3(.text(l(.consultAnswersFrom, m.bestLawyerName))),
                    .ol(.class("consult-entries"), .forEach(m.bestEntries) { entry in
                        .li(.class(entry.isAnswer ? "entry answer" : "entry follow-up"),
                            .p(.class("entry-meta"), .strong(.text(entry.isAnswer ? l(.consultAnswer) : l(.consultFollowUpEntry))),
                               .text(" · " + Formatting.dateTime(entry.at, l))),
                            .p(.class("entry-text"), .text(entry.text)))
                    })
                ),
                .section(
                    .attribute(named: "aria-labelledby", value: "review-hints"),
                    .h2(.id("review-hints"), .text(l(.consultReviewHintsTitle))),
                    .p(.class("hint"), .text(l(.consultReviewHintsLead))),
                    preview("title", l(.consultReviewFaqQuestion), m.draft.title),
                    preview("summary", l(.consultReviewFaqSummary), m.draft.summary),
                    preview("body", l(.consultReviewFaqBody), m.draft.body)
                ),
                Forms.form(
                    id: "review-form", action: SiteURL.consultationReview(m.id).path, context: context,
                    Forms.field("title", label: l(.consultReviewFaqQuestion), value: m.draft.title, required: true,
                                maxLength: KnowledgeEntryContent.Bounds.title, error: m.problems.message(for: "title", l)),
                    Forms.textArea("summary", label: l(.consultReviewFaqSummary), value: m.draft.summary,
                                   maxLength: KnowledgeEntryContent.Bounds.summary, rows: 3, error: m.problems.message(for: "summary", l)),
                    Forms.textArea("body", label: l(.consultReviewFaqBody), value: m.draft.body,
                                   maxLength: KnowledgeEntryContent.Bounds.body, rows: 10, error: m.problems.message(for: "body", l)),
                    Forms.select("legal_field", label: l(.consultField),
                                 options: Model.fields.map { Forms.Option(value: $0.rawValue, label: l.name("field", QuestionField.known($0))) },
                                 selected: m.draft.legalField, includeEmpty: l(.selectPrompt), required: true,
                                 error: m.problems.message(for: "legal_field", l)),
                    Forms.textArea("articles", label: l(.consultWorkbenchArticlesField), value: m.draft.articles, maxLength: 2000, rows: 3,
                                   error: m.problems.message(for: "articles", l)),
                    Forms.field("source", label: l(.consultReviewSourceField), value: m.draft.source, required: true,
                                maxLength: KnowledgeEntryContent.Bounds.source, error: m.problems.message(for: "source", l)),
                    .div(.class("actions"), .button(.type(.submit), .name("decision"), .value("publish"), .class("button primary"),
                                                    .text(l(.consultReviewPublish)))),
                    Forms.textArea("note", label: l(.consultReviewNote), value: m.note, maxLength: 500, rows: 2),
                    .div(.class("actions"), .button(.type(.submit), .name("decision"), .value("reject"), .class("button danger"),
                                                    .text(l(.consultReviewReject))))
                )
            )
        }

        /// How the text reads now, with what still looks personal marked.
        private func preview(_ id: String, _ label: String, _ text: String) -> Node<HTML.BodyContext> {
            let flagged = PersonalDataHints.flagged(text)
            return .div(
                .class("review-preview-block"),
                .h3(.text(label + (flagged.isEmpty ? "" : " — " + context.l10n(.consultReviewFlagged, String(flagged.count))))),
                .p(.class("review-preview"), .id("preview-\(id)"), ConsultationViews.highlighted(text))
            )
        }
    }
}
