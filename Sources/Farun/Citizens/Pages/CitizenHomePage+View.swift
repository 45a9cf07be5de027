import Plot

extension CitizenHomePage {
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
