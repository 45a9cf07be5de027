import FarunCore
import Plot

extension ServiceCatalogPage {
    struct View {
        let model: Model
        let context: PageContext

        func document() -> HTML {
            let l = context.l10n
            return Layout.page(l(.catalogTitle), context: context,
                .pageHeading(l(.catalogTitle), lead: l(.catalogLead)),
                .if(model.entries.isEmpty, .p(.class("empty"), .text(l(.listEmpty)))),
                .ul(.class("cards service-list"), .forEach(model.entries) { entry in
                    .li(.class("card"), card(entry, l))
                }),
                .if(model.entries.contains { CatalogText.hasUnspecifiedDays($0.service) }, CatalogText.unspecifiedNote(model.unspecifiedDaysAre, l))
            )
        }

        private func card(_ entry: Entry, _ l: L10n) -> Node<HTML.BodyContext> {
            let s = entry.service
            return .group(
                .h2(.a(.href(SiteURL.service(entry.id).path), .text(CatalogText.name(s, l)))),
                CatalogText.otherName(s, l),
                .dl(.class("facts"),
                    .dt(.text(l(.catalogFieldHandler))), .dd(.text(s.handler)),
                    .dt(.text(l(.catalogFieldFee))), .dd(.text(CatalogText.fee(s, l))),
                    .dt(.text(l(.catalogFieldChannels))), .dd(.text(CatalogText.channels(s.channels, l))),
                    .dt(.text(l(.catalogFieldAcceptance))), .dd(CatalogText.limit(s.acceptanceLimit, l)),
                    .dt(.text(l(.catalogFieldHandling))), .dd(CatalogText.limit(s.handlingLimit, l))
                ),
                .p(.class("no-print"), .a(.href(SiteURL.service(entry.id).path), .text(l(.catalogOpenSheet, CatalogText.name(s, l)))))
            )
        }
    }
}
