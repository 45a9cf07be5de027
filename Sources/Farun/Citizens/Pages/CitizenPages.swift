import Plot

/// 群众注册 — phone + password.
enum CitizenSignUpPage {
    struct Model: Sendable {
        var phone: String
        var displayName: String
        var problems: [FieldProblem]

        static let mock = Model(phone: "13800138000", displayName: "张先生", problems: [])
    }

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

/// 群众登录
enum CitizenSignInPage {
    struct Model: Sendable {
        var phone: String
        var error: String?
        var next: String?

        static let mock = Model(phone: "", error: nil, next: nil)
    }

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

/// 我的 — a citizen's own page; their requests will be listed here.
enum CitizenHomePage {
    struct Model: Sendable {
        var displayName: String
        var maskedPhone: String

        static let mock = Model(displayName: "张先生", maskedPhone: "138****8000")
    }

    struct View {
        let model: Model
        let context: PageContext

        func document() -> HTML {
            let l = context.l10n
            return Layout.page(l(.citizenHomeTitle), context: context,
                .pageHeading(l(.citizenHomeTitle)),
                .dl(.class("facts"),
                    .dt(.text(l(.fieldDisplayName))), .dd(.text(model.displayName.isEmpty ? "—" : model.displayName)),
                    .dt(.text(l(.fieldMobile))), .dd(.text(model.maskedPhone))),
                .section(.h2(.text(l(.citizenRequests))), .p(.class("empty"), .text(l(.citizenNoRequests)))),
                Forms.action(SiteURL.citizenSignOut.path, label: l(.navSignOut), confirm: nil, context: context)
            )
        }
    }
}
