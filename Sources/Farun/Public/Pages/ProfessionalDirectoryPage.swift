import FarunCore
import Plot

/// 找律师 — public directory of legal professionals, by region and specialty, searchable by name.
enum ProfessionalDirectoryPage {
    struct Model: Sendable {
        var cards: [ProfessionalQueries.Card]
        var page: PageInfo
        var filter: ProfessionalQueries.Filter
        var regions: [Forms.Option]

        static let mock = Model(
            cards: [.init(id: 1, name: "王晓东", profession: .lawyer, organisation: "山西岳阳律师事务所（演示）", licenceNumber: "11410201510123456",
                          specialties: [.labour, .contract], languages: [.zh, .jin], regions: ["古县"], bio: "长期为农民工讨薪提供法律援助。")],
            page: PageInfo(request: PageRequest(page: 1, per: 20), total: 1), filter: .init(), regions: [.init(value: "1", label: "古县")])
    }

    struct View {
        let model: Model
        let context: PageContext

        func document() -> HTML {
            let l = context.l10n
            let f = model.filter
            let professions = StaffRole.allCases.filter(\.isLegalProfessional).map { Forms.Option(value: $0.rawValue, label: l.name("role", $0)) }
            let fields = LegalField.allCases.map { Forms.Option(value: $0.rawValue, label: l.name("field", $0)) }
            return Layout.page(l(.directoryTitle), context: context,
                .pageHeading(l(.directoryTitle), lead: l(.directoryLead)),
                .form(.class("filters"), .method(.get), .action(SiteURL.professionals.path), .attribute(named: "role", value: "search"),
                    Forms.field("q", label: l(.searchNameOrOrganisation), value: f.text, maxLength: 40),
                    Forms.select("profession", label: l(.fieldProfession), options: professions, selected: f.profession?.rawValue, includeEmpty: l(.filterAll)),
                    Forms.select("specialty", label: l(.fieldSpecialty), options: fields, selected: f.specialty?.rawValue, includeEmpty: l(.filterAll)),
                    Forms.select("region", label: l(.fieldRegion), options: model.regions, selected: f.regionID.map(String.init), includeEmpty: l(.filterAll)),
                    .div(.class("actions"), .button(.type(.submit), .class("button primary"), .text(l(.searchButton))))
                ),
                .p(.attribute(named: "role", value: "status"), .text(l(.directoryCount, model.page.total))),
                .if(model.cards.isEmpty, .p(.class("empty"), .text(l(.directoryEmpty)))),
                .ul(.class("cards"), .forEach(model.cards) { card in .li(.class("card"), ProfessionalProfilePage.body(card, l: l, heading: 2)) }),
                PaginationView.nav(model.page, base: .professionals,
                                   query: [("q", f.text), ("profession", f.profession?.rawValue), ("specialty", f.specialty?.rawValue), ("region", f.regionID.map(String.init))], l: l)
            )
        }
    }
}

enum ProfessionalProfilePage {
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
