import FarunCore
import Plot

extension PasswordPage {
    struct View {
        let model: Model
        let context: PageContext

        func document() -> HTML {
            let l = context.l10n
            func error(_ field: String) -> String? { model.problems.message(for: field, l) }
            return Layout.page(l(.passwordTitle), context: context, audience: .staff,
                .div(.class("narrow"),
                    .pageHeading(l(.passwordTitle), lead: model.forced ? l(.passwordForcedLead) : nil),
                    Forms.errorSummary(model.problems.summary(l), title: l(.formHasProblems)),
                    Forms.form(id: "change-password", action: SiteURL.staffPassword.path, context: context,
                        Forms.field("current_password", label: l(.fieldCurrentPassword), value: nil, type: .password, required: true, maxLength: 128, error: error("current_password"), autocomplete: "current-password"),
                        Forms.field("new_password", label: l(.fieldNewPassword), value: nil, type: .password, required: true, maxLength: 128,
                                    hint: l(.passwordPolicyHint, PasswordPolicy.minimumLength), error: error("new_password"), autocomplete: "new-password"),
                        Forms.field("confirm_password", label: l(.fieldConfirmPassword), value: nil, type: .password, required: true, maxLength: 128, error: error("confirm_password"), autocomplete: "new-password"),
                        Forms.submit(l(.passwordButton))
                    ),
                    .if(!model.forced, Forms.action(SiteURL.staffSignOutEverywhere.path, label: l(.signOutEverywhere), confirm: l(.signOutEverywhereConfirm), context: context))
                )
            )
        }
    }
}
