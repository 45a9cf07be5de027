import FarunCore
import Plot

extension HomePage {
    static let entrances: [Entrance] = [
        Entrance(title: .homeAsk, text: .homeAskText, link: SiteURL.ask.path),
        Entrance(title: .homeLearnLaw, text: .homeLearnLawText, link: SiteURL.laws.path),
        Entrance(title: .homeCases, text: .homeCasesText, link: SiteURL.knowledge.path),
        Entrance(title: .homeFindLawyer, text: .homeFindLawyerText, link: SiteURL.professionals.path(query: [("profession", "lawyer")])),
        Entrance(title: .homeLegalAid, text: .homeLegalAidText, link: SiteURL.servicePoints.path(query: [("kind", "center")])),
        Entrance(title: .homeNotary, text: .homeNotaryText, link: SiteURL.professionals.path(query: [("profession", "notary")])),
        Entrance(title: .homeMediation, text: .homeMediationText, link: SiteURL.servicePoints.path(query: [("kind", "mediation_point")])),
        Entrance(title: .homeQuickAnswer, text: .homeQuickAnswerText, link: nil),
    ]

    struct View {
        let model: Model
        let context: PageContext

        func document() -> HTML {
            let l = context.l10n
            return Layout.page(l(.homeTitle), context: context,
                .section(.class("hero"),
                    .h1(.text(l(.homeTitle))),
                    .p(.class("lead"), .text(l(.homeLead, model.servicePointCount, model.professionalCount)))),
                .ul(.class("entrances"), .forEach(HomePage.entrances) { e in
                    .li(.class(e.link == nil ? "entrance unavailable" : "entrance"),
                        .unwrap(e.link, { link in
                            .a(.href(link.attributeEscaped), .h2(.text(l(e.title))), .p(.text(l(e.text))))
                        }, else: .div(.h2(.text(l(e.title))), .p(.text(l(e.text))), .p(.class("status"), .text(l(.homeNotYetOnline))))))
                }),
                .section(.class("home-links"),
                    .h2(.text(l(.homeHelpTitle))),
                    .ul(
                        .li(.a(.href(SiteURL.apply.path), .text(l(.homeApplyOnline)))),
                        .li(.a(.href(SiteURL.track.path), .text(l(.homeTrack)))),
                        .li(.a(.href(SiteURL.services.path), .text(l(.catalogTitle)))),
                        .li(.a(.href(SiteURL.servicePoints.path), .text(l(.navServicePoints)))),
                        .li(.a(.href(SiteURL.professionals.path), .text(l(.navProfessionals)))),
                        .li(.a(.href(SiteURL.citizenSignIn.path), .text(l(.navCitizenAccount)))),
                        .li(.a(.href(SiteURL.staffSignIn.path), .text(l(.navStaffSignIn))))
                    ))
            )
        }
    }
}
