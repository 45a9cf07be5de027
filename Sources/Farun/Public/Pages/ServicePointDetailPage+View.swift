import FarunCore
import Plot

extension ServicePointDetailPage {
    static func body(_ card: ServicePointFinderPage.Card, l: L10n, heading: Int) -> Node<HTML.BodyContext> {
        let title: Node<HTML.BodyContext> = heading == 1
            ? .h1(.text(card.name))
            : .h2(.a(.href(SiteURL.servicePoint(card.id).path), .text(card.name)))
        return .group(
            title,
            .p(.class("kind"), .span(.class("badge"), .text(l.name("kind", card.kind))), .text(" " + card.region)),
            .dl(.class("facts"),
                .dt(.text(l(.fieldAddress))), .dd(.text(card.address)),
                .if(!card.openingHours.isEmpty, .group(.dt(.text(l(.fieldOpeningHours))), .dd(.text(card.openingHours)))),
                .dt(.text(l(.fieldCapacity))), .dd(.text(l(.finderCapacity, card.capacity))),
                .if(!card.phone.isEmpty, .group(.dt(.text(l(.fieldPhone))), .dd(.a(.href("tel:" + card.phone.attributeEscaped), .text(card.phone)))))
            ),
            .if(!card.notice.isEmpty, .div(.class("notice"), .strong(.text(l(.noticeLabel))), .text(card.notice)))
        )
    }

    struct View {
        let model: ServicePointFinderPage.Card
        let context: PageContext

        func document() -> HTML {
            let l = context.l10n
            return Layout.page(model.name, context: context,
                .p(.class("breadcrumb"), .a(.href(SiteURL.servicePoints.path), .text(l(.finderTitle)))),
                .article(.class("card single"), ServicePointDetailPage.body(model, l: l, heading: 1))
            )
        }
    }
}
