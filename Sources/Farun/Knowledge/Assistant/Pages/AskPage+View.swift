import FarunCore
import Plot

extension AskPage {
    struct View {
        let model: Model
        let context: PageContext

        func document() -> HTML {
            let l = context.l10n
            let m = model
            return Layout.page(l(.askTitle), context: context, audience: m.kioskPointID == nil ? .citizen : .kiosk,
                .unwrap(m.kioskPointID) { point in .p(.a(.class("button secondary"), .href(SiteURL.kiosk(point).path), .text(l(.kioskBack)))) },
                // With answers on screen the lead and hint give way, so the first articles fit a phone's first screen.
                .pageHeading(l(.askTitle), lead: m.suggestions == nil ? l(.askLead) : nil),
                Forms.errorSummary(m.problems.summary(l), title: l(.formHasProblems)),
                questionForm(l),
                .if(m.indexBuilding, .div(.class("flash"), .attribute(named: "role", value: "status"), .text(l(.searchIndexBuilding)))),
                .unwrap(m.suggestions) { suggestions in
                    .group(
                        .p(.class("ask-notice-short"), .text(l(.askNotLegalAdviceShort))),
                        .if(suggestions.isEmpty, .p(.class("lead"), .text(l(.askNothingFound)))),
                        KnowledgeSuggestionsView.sections(suggestions, headingLevel: 2, l: l),
                        .div(.class("ask-notice"), .attribute(named: "role", value: "note"), .p(.strong(.text(l(.askNotLegalAdvice))))),
                        handoff(l)
                    )
                },
                .if(m.suggestions == nil, .p(.class("hint"), .text(l(.askNotLegalAdvice))))
            )
        }

        /// A GET form: the answer is a page of its own (back button, bookmarks), and no JavaScript is needed.
        private func questionForm(_ l: L10n) -> Node<HTML.BodyContext> {
            let error = model.problems.message(for: "q", l)
            let compact = model.suggestions != nil
            return .form(
                .id("ask-form"), .method(.get), .action(SiteURL.ask.path), .class(compact ? "form ask-form compact" : "form ask-form"),
                .attribute(named: "role", value: "search"),
                .unwrap(model.kioskPointID) { .input(.type(.hidden), .name("kiosk"), .value(String($0))) },
                .div(
                    .class(error == nil ? "field" : "field has-error"),
                    .label(.for("q"), .class(compact ? "visually-hidden" : ""), .text(l(.askQuestion))),
                    .textarea(
                        .id("q"), .name("q"), .attribute(named: "rows", value: compact ? "2" : "3"),
                        .attribute(named: "maxlength", value: String(SearchRequest.maximumQuestionLength)),
                        .attribute(named: "aria-describedby", value: error == nil ? "q-hint" : "q-hint q-error"),
                        .attribute(named: "aria-invalid", value: error == nil ? nil : "true"),
                        .text(model.question)
                    ),
                    .p(.class(compact ? "hint visually-hidden" : "hint"), .id("q-hint"), .text(l(.askQuestionHint))),
                    .unwrap(error) { .p(.class("error"), .id("q-error"), .text($0)) }
                ),
                .div(.class("actions"), .button(.type(.submit), .class(compact ? "button primary" : "button primary wide"), .text(l(.askButton))))
            )
        }

        /// One button that takes the question to a person.
        private func handoff(_ l: L10n) -> Node<HTML.BodyContext> {
            .section(
                .class("ask-handoff"), .attribute(named: "aria-labelledby", value: "ask-handoff-title"),
                .h2(.id("ask-handoff-title"), .text(l(.askHandoffTitle))),
                .p(.text(l(.askHandoffLead))),
                .form(
                    .id("ask-handoff"), .method(.post), .action(SiteURL.askHandoff.path), .class("form"),
                    .input(.type(.hidden), .name(CSRF.field), .value(context.csrfToken.attributeEscaped)),
                    .input(.type(.hidden), .name("question"), .value(model.question.attributeEscaped)),
                    .unwrap(model.kioskPointID) { .input(.type(.hidden), .name("kiosk"), .value(String($0))) },
                    .div(.class("actions"), .button(.type(.submit), .class("button primary wide"), .text(l(.askHandoffButton))))
                )
            )
        }
    }
}

/// The suggestions as sections (articles, cases, FAQ): on the robot's page and beside a work order for staff.
enum KnowledgeSuggestionsView {
    static func sections(_ s: AskPage.Suggestions, headingLevel: Int, l: L10n) -> Node<HTML.BodyContext> {
        .group(
            section("ask-articles", l(.askArticles), s.articles, headingLevel: headingLevel, l: l),
            section("ask-cases", l(.askCases), s.cases, headingLevel: headingLevel, l: l),
            section("ask-faqs", l(.askFaqs), s.faqs, headingLevel: headingLevel, l: l)
        )
    }

    private static func section(_ id: String, _ title: String, _ items: [AskPage.Item], headingLevel: Int, l: L10n) -> Node<HTML.BodyContext> {
        .if(!items.isEmpty, .section(
            .class("ask-results"), .attribute(named: "aria-labelledby", value: id),
            headingLevel == 2 ? .h2(.id(id), .text(title)) : .h3(.id(id), .text(title)),
            .ol(.class("ask-list"), .forEach(items) { item in
                .li(.class("card"),
                    .p(.class("ask-item-title"), .a(.href(item.url.attributeEscaped), .text(item.title))),
                    .p(.class("ask-snippet"), .forEach(item.snippet) { part in
                        part.isMatch ? .element(named: "mark", nodes: [.text(part.text)]) : .text(part.text)
                    }))
            })
        ))
    }
}

/// 相关法条与案例 beside a work order: the robot's suggestions for the order's matter.
enum KnowledgePanel: Sendable, Equatable {
    case building
    case ready(AskPage.Suggestions)

    init?(matter: String, index: KnowledgeIndex) {
        guard !matter.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return nil }
        if let answer = AskService.suggestions(for: matter, index: index) {
            self = .ready(AskPage.Suggestions(answer))
        } else {
            self = .building
        }
    }
}

extension KnowledgeSuggestionsView {
    static func panel(_ panel: KnowledgePanel, l: L10n) -> Node<HTML.BodyContext> {
        .section(
            .class("knowledge-panel"), .attribute(named: "aria-labelledby", value: "knowledge-panel-title"),
            .h2(.id("knowledge-panel-title"), .text(l(.askPanelTitle))),
            {
                switch panel {
                case .building:
                    return .p(.class("hint"), .text(l(.askPanelBuilding)))
                case .ready(let suggestions) where suggestions.isEmpty:
                    return .p(.class("hint"), .text(l(.askPanelEmpty)))
                case .ready(let suggestions):
                    return .group(.p(.class("hint"), .text(l(.askPanelLead))), sections(suggestions, headingLevel: 3, l: l))
                }
            }()
        )
    }
}
