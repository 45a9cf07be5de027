import Plot

enum ErrorPage {
    struct Model: Sendable {
        let status: Int
        let message: String
        let requestID: String

        static let mock = Model(status: 404, message: "找不到该页面。", requestID: "req-123")
    }

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
