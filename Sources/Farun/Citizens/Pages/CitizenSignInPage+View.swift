import Plot

extension CitizenSignInPage {
    struct View {
        let model: Model
        let context: PageContext

        func document() -> HTML {
            let l = context.l10n
            return Layout.page(l(.citizenSignInTitle), context: context,
                .div(.class("narrow"),
                    .pageHeading(l(.citizenSignInTitle), lead: l(.citizenSignInLead)),
                    .unwrap(model.error) { .div(.class("error-summary"), .attribute(named: "role", value: "alert"), .p(.text($0))) },
                    Forms.form(id: "citizen-sign-in", action: SiteURL.citizenSignIn.path, context: context,
                        .input(.type(.hidden), .name("next"), .value((model.next ?? "").attributeEscaped)),
                        Forms.field("phone", label: l(.fieldMobile), value: model.phone, type: .tel, required: true, maxLength: 20, autocomplete: "tel"),
                        Forms.field("password", label: l(.fieldPassword), value: nil, type: .password, required: true, maxLength: 128, autocomplete: "current-password"),
                        Forms.submit(l(.signInButton))),
                    .p(.a(.href(SiteURL.citizenSignUp.path), .text(l(.citizenNoAccount))))
                )
            )
        }
    }
}
