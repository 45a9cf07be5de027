import FarunCore
import Plot

extension KioskDonePage {
    struct View {
        let model: Model
        let context: PageContext

        func document() -> HTML {
            let l = context.l10n
            let home = SiteURL.kiosk(model.pointID).path
            let receipt = model.receipt
            return Layout.page(l(.applyDoneTitle), context: context, audience: .kiosk,
                .p(.class("kiosk-place"), .text(model.pointName)),
                .h1(.text(l(.applyDoneTitle))),
                .section(.class("order-number kiosk-number"), .attribute(named: "aria-labelledby", value: "number-label"),
                    .p(.id("number-label"), .text(l(.applyDoneNumber))),
                    .p(.class("number"), .text(receipt.number)),
                    .p(.text(l(.kioskDoneKeep)))),
                .dl(.class("facts"), .dt(.text(l(.applyDoneService))), .dd(.text(receipt.serviceName))),
                .h2(.text(l(.applyDoneNext))),
                .p(.text(ApplyDonePage.nextStep(receipt, l: l))),
                ApplyIndexPage.materials(receipt.materials, l: l, heading: .applyDoneMaterials),
                .p(.text(l(.applyDoneTrackHint))),
                .div(.class("actions"),
                    .button(.type(.button), .class("button secondary"), .attribute(named: "hidden", value: "hidden"),
                            .attribute(named: "data-print", value: "print"), .text(l(.kioskDonePrint))),
                    .a(.class("button primary"), .href(home), .text(l(.kioskDoneFinish)))),
                KioskIdle.notice(home: home, seconds: Model.idleSeconds, l: l)
            )
        }
    }
}
