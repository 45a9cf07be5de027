import Plot

extension CitizenSignUpPage {
    struct View {
        let model: Model
        let context: PageContext

        func document() -> HTML {
            let l = context.l10n
            func error(_ field: String) -> String? { model.problems.message(for: field, l) }
            return Layout.page(l(.citizenSignUpTitle), context: context,
                .div(.class("narrow"),
                    .pageHeading(l(.citizenSignUpTitle), lead: l(.citizenSignUpLead)),
                    Forms.errorSummary(model.problems.summary(l), title: l(.formHasProblems)),
                    Forms.form(id: "citizen-sign-up", action: SiteURL.citizenSignUp.path, context: context,
                        Forms.field("phone", label: l(.fieldMobile), value: model.phone, type: .tel, required: true, maxLength: 20, error: error("phone"), autocomplete: "tel"),
                        Forms.field("display_name", label: l(.fieldDisplayNameOptional), value: model.displayName, maxLength: 40, error: error("display_name"), autocomplete: "name"),
                        Forms.field("password", label: l(.fieldPassword), value: nil, type: .password, required: true, maxLength: 128,
                                    hint: l(.passwordPolicyHint, 10), error: error("password"), autocomplete: "new-password"),
                        Forms.field("confirm_password", label: l(.fieldConfirmPassword), value: nil, type: .password, required: true, maxLength: 128, error: error("confirm_password"), autocomplete: "new-password"),
                        .p(.class("hint"), .text(l(.citizenPrivacyNotice))),
                        Forms.submit(l(.citizenSignUpButton))),
                    .p(.a(.href(SiteURL.citizenSignIn.path), .text(l(.citizenHaveAccount))))
                )
            )
        }
    }
}
