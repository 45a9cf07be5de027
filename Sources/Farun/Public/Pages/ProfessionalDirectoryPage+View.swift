import FarunCore
import Plot

extension ProfessionalDirectoryPage {
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
