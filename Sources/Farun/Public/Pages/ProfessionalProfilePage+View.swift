import FarunCore
import Plot

extension ProfessionalProfilePage {
    static func body(_ card: ProfessionalQueries.Card, l: L10n, heading: Int) -> Node<HTML.BodyContext> {
        let title: Node<HTML.BodyContext> = heading == 1
            ? .h1(.text(card.name))
            : .h2(.a(.href(SiteURL.professional(card.id).path), .text(card.name)))
        return .group(
            title,
            .p(.class("kind"), .span(.class("badge"), .text(l.name("role", card.profession))), .text(" " + card.organisation)),
            .dl(.class("facts"),
                .if(!card.licenceNumber.isEmpty, .group(.dt(.text(l(.fieldLicenceNumber))), .dd(.text(card.licenceNumber)))),
                .dt(.text(l(.fieldSpecialty))), .dd(.text(card.specialties.map { l.name("field", $0) }.joined(separator: "、"))),
                .dt(.text(l(.fieldLanguages))), .dd(.text(card.languages.map { l.name("language", $0) }.joined(separator: "、"))),
                .dt(.text(l(.fieldServiceRegions))), .dd(.text(card.regions.joined(separator: "、")))
            ),
            .if(!card.bio.isEmpty, .p(.class("bio"), .text(card.bio)))
        )
    }

    struct View {
        let model: ProfessionalQueries.Card
        let context: PageContext

        func document() -> HTML {
            let l = context.l10n
            return Layout.page(model.name, context: context,
                .p(.class("breadcrumb"), .a(.href(SiteURL.professionals.path), .text(l(.directoryTitle)))),
                .article(.class("card single"), ProfessionalProfilePage.body(model, l: l, heading: 1))
            )
        }
    }
}
