import Plot

extension ErrorPage {
    struct View {
        let model: Model
        let context: PageContext

        func document() -> HTML {
            let l = context.l10n
            return Layout.page(l(.errorTitle), context: context,
                .pageHeading(l(.errorTitle)),
                .p(.class("error-message"), .text(model.message)),
                .p(.small(.text(l(.errorReference, model.status, model.requestID)))),
                .p(.a(.href(SiteURL.home.path), .text(l(.errorBackHome))))
            )
        }

        func render() -> String { document().render() }
    }
}
