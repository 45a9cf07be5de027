import FarunCore
import Plot

extension KioskHomePage {
    struct View {
        let model: Model
        let context: PageContext

        func document() -> HTML {
            let l = context.l10n
            return Layout.page(l(.kioskTitle), context: context, audience: .kiosk,
                .p(.class("kiosk-place"), .text(model.pointName)),
                .pageHeading(l(.kioskTitle), lead: l(.kioskLead)),
                .if(model.services.isEmpty, .p(.class("empty"), .text(l(.kioskEmpty)))),
                .ul(.class("kiosk-services"), .forEach(model.services) { service in
                    .li(.a(.class("button primary kiosk-button"), .href(SiteURL.kioskService(model.pointID, service: service.id).path), .text(service.name)))
                }),
                // Ask first, apply after: the robot answers many questions on the spot and hands the rest to a person.
                .p(.a(.class("button secondary kiosk-button"), .href(SiteURL.ask.path(query: [("kiosk", String(model.pointID))])),
                      .text(l(.kioskAsk)))),
                .p(.class("kiosk-help"), .text(l(.kioskHelp)))
            )
        }
    }
}
