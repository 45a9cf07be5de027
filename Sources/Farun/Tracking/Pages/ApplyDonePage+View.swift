import FarunCore
import Plot

extension ApplyDonePage {
    struct View {
        let model: Model
        let context: PageContext

        func document() -> HTML {
            let l = context.l10n
            return Layout.page(l(.applyDoneTitle), context: context,
                .div(.class("flash"), .attribute(named: "role", value: "status"), .text(l(.applyDoneTitle))),
                .h1(.text(l(.applyDoneTitle))),
                .section(.class("order-number"), .attribute(named: "aria-labelledby", value: "number-label"),
                    .p(.id("number-label"), .text(l(.applyDoneNumber))),
                    .p(.class("number"), .text(model.number)),
                    .p(.text(l(.applyDoneKeep)))),
                .dl(.class("facts"), .dt(.text(l(.applyDoneService))), .dd(.text(model.serviceName))),
                .h2(.text(l(.applyDoneNext))),
                .p(.text(ApplyDonePage.nextStep(model, l: l))),
                ApplyIndexPage.materials(model.materials, l: l, heading: .applyDoneMaterials),
                .h2(.text(l(.applyDoneTrack))),
                .p(.text(l(.applyDoneTrackHint))),
                .div(.class("actions"),
                    .a(.class("button primary"), .href(SiteURL.track.path(query: [("number", model.number)]).attributeEscaped), .text(l(.applyDoneTrack))),
                    .a(.class("button secondary"), .href(SiteURL.apply.path), .text(l(.applyDoneAnother))))
            )
        }
    }
}
