import Plot

/// Shows a new one-time password exactly once.
enum OneTimePasswordPage {
    struct Model: Sendable {
        let userID: Int
        let username: String
        let password: String
        let created: Bool

        static let mock = Model(userID: 5, username: "clerk.new", password: "ab3DE4fg5HJ6", created: true)
    }

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
