import Plot

extension StaffSignInPage {
    struct View {
        let model: Model
        let context: PageContext

        func document() -> HTML {
            let l = context.l10n
            return Layout.page(l(.signInTitle), context: context, audience: .staff,
                .div(.class("narrow"),
                    .pageHeading(l(.signInTitle), lead: l(.signInLead)),
                    .unwrap(model.error) { .div(.class("error-summary"), .attribute(named: "role", value: "alert"), .p(.text($0))) },
                    Forms.form(id: "sign-in", action: SiteURL.staffSignIn.path, context: context,
                        .input(.type(.hidden), .name("next"), .value((model.next ?? "").attributeEscaped)),
                        Forms.field("username", label: l(.fieldUsername), value: model.username, required: true, maxLength: 40, autocomplete: "username"),
                        Forms.field("password", label: l(.fieldPassword), value: nil, type: .password, required: true, maxLength: 128, autocomplete: "current-password"),
                        Forms.submit(l(.signInButton))
                    )
                )
            )
        }
    }
}
