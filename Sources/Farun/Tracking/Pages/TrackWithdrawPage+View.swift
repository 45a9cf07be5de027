import FarunCore
import Plot

extension TrackWithdrawPage {
    struct View {
        let model: Model
        let context: PageContext

        func document() -> HTML {
            let l = context.l10n
            return Layout.page(l(.trackWithdraw), context: context,
                .pageHeading(l(.trackWithdraw)),
                .p(.class("lead"), .text(l(.trackWithdrawQuestion, model.number))),
                Forms.form(id: "withdraw-confirm", action: SiteURL.trackWithdraw.path, context: context,
                    .input(.type(.hidden), .name("version"), .value(String(model.version))),
                    .input(.type(.hidden), .name("confirm"), .value("yes")),
                    .div(.class("actions"),
                        .button(.type(.submit), .class("button danger"), .text(l(.trackWithdrawConfirm))),
                        .a(.class("button secondary"), .href(SiteURL.trackOrder.path), .text(l(.trackWithdrawCancel)))))
            )
        }
    }
}
