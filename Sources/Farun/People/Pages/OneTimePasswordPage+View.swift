import Plot

extension OneTimePasswordPage {
    struct View {
        let model: Model
        let context: PageContext

        func document() -> HTML {
            let l = context.l10n
            return Layout.page(l(.otpTitle), context: context, audience: .staff,
                .pageHeading(model.created ? l(.otpCreated) : l(.otpReset)),
                .div(.class("notice"),
                    .p(.text(l(.otpExplain))),
                    .dl(.class("facts"),
                        .dt(.text(l(.fieldUsername))), .dd(.code(.text(model.username))),
                        .dt(.text(l(.otpPassword))), .dd(.code(.class("otp"), .text(model.password))))),
                .p(.a(.class("button primary"), .href(SiteURL.adminStaffMember(model.userID).path), .text(l(.otpContinue))))
            )
        }
    }
}
