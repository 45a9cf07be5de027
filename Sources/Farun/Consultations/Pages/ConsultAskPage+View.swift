import FarunCore
import Plot

extension ConsultAskPage {
    struct View {
        let model: Model
        let context: PageContext

        func document() -> HTML {
            let l = context.l10n
            let m = model
            return Layout.page(l(.consultTitle), context: context, audience: m.kioskPointID == nil ? .citizen : .kiosk,
                .unwrap(m.kioskPointID) { point in .p(.a(.class("button secondary"), .href(SiteURL.kiosk(point).path), .text(l(.kioskBack)))) },
                .pageHeading(l(.consultTitle), lead: m.confirming ? nil : l(.consultLead)),
                Forms.errorSummary(m.problems.summary(l), title: l(.formHasProblems)),
                .if(m.confirming && !(m.suggestions?.isEmpty ?? true), .section(
                    .class("consult-suggestions"), .attribute(named: "aria-labelledby", value: "consult-suggestions-title"),
                    .h2(.id("consult-suggestions-title"), .text(l(.consultSuggestionsTitle))),
                    .p(.class("ask-notice-short"), .text(l(.askNotLegalAdviceShort))),
                    .unwrap(m.suggestions) { KnowledgeSuggestionsView.sections($0, headingLevel: 3, l: l) }
                )),
                form(l)
            )
        }

        private func form(_ l: L10n) -> Node<HTML.BodyContext> {
            let m = model
            let questionError = m.problems.message(for: "question", l)
            return Forms.form(
                id: "consult-form", action: SiteURL.consult.path + (m.kioskPointID.map { "?kiosk=\($0)" } ?? ""), context: context,
                .if(m.confirming, .input(.type(.hidden), .name("confirmed"), .value("1"))),
                .div(
                    .class(questionError == nil ? "field" : "field has-error"),
                    .label(.for("question"), .text(l(.consultQuestion)), .span(.class("required"), .text(" *"))),
                    .textarea(
                        .id("question"), .name("question"), .attribute(named: "rows", value: "5"), .attribute(named: "required", value: "required"),
                        .attribute(named: "maxlength", value: String(ConsultationPolicy.standard.maximumQuestionLength)),
                        .attribute(named: "aria-describedby", value: questionError == nil ? "question-hint" : "question-hint question-error"),
                        .attribute(named: "aria-invalid", value: questionError == nil ? nil : "true"),
                        .text(m.question)
                    ),
                    .p(.class("hint"), .id("question-hint"), .text(l(.consultQuestionHint))),
                    .unwrap(questionError) { .p(.class("error"), .id("question-error"), .text($0)) }
                ),
                .if(m.confirming, .group(
                    Forms.select("field", label: l(.consultField),
                                 options: Model.fields.map { Forms.Option(value: $0.rawValue, label: l.name("field", $0)) },
                                 selected: m.field, required: true, error: m.problems.message(for: "field", l)),
                    .p(.class("hint"), .text(l(.consultFieldHint)))
                )),
                CitizenIntakeFields.regionSelect(m.regions, selected: m.regionID, error: m.problems.message(for: "region_id", l), l: l),
                m.citizenName.map { name in .p(.class("hint"), .text(l(.consultSignedInAs, name))) }
                    ?? Forms.field("phone", label: l(.consultPhone), value: m.phone, type: .tel, required: true, maxLength: 20,
                                   hint: l(.consultPhoneHint), error: m.problems.message(for: "phone", l), autocomplete: "tel"),
                checkbox("consent", l(.consultConsent), checked: m.consent, required: true, error: m.problems.message(for: "consent", l)),
                checkbox("publish", l(.consultPublishConsent), checked: m.publishConsent, required: false, error: nil),
                .div(.class("actions"), .button(.type(.submit), .class("button primary wide"),
                                                .text(m.confirming ? l(.consultStillAsk) : l(.consultCheckButton))))
            )
        }

        private func checkbox(_ name: String, _ label: String, checked: Bool, required: Bool, error: String?) -> Node<HTML.FormContext> {
            .div(
                .class(error == nil ? "field checkbox" : "field checkbox has-error"),
                .input(.type(.checkbox), .id(name), .name(name), .value("1"), .attribute(named: "checked", value: checked ? "checked" : nil),
                       .attribute(named: "required", value: required ? "required" : nil),
                       .attribute(named: "aria-describedby", value: error == nil ? nil : "\(name)-error")),
                .label(.for(name), .text(label)),
                .unwrap(error) { .p(.class("error"), .id("\(name)-error"), .text($0)) }
            )
        }
    }
}
