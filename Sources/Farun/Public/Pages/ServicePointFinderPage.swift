import FarunCore
import Plot

/// 服务点查询 — find the nearest place to get help, by town and kind.
enum ServicePointFinderPage {
    struct Card: Sendable {
        let id: Int
        let name: String
        let kind: ServicePointKind
        let region: String
        let address: String
        let openingHours: String
        let capacity: Int
        let phone: String
        let notice: String
    }

    struct Model: Sendable {
        var points: [Card]
        var page: PageInfo
        var query: String
        var kind: ServicePointKind?
        var regionID: Int?
        var regions: [Forms.Option]

        static let mock = Model(
            points: [.init(id: 1, name: "古县公共法律服务中心", kind: .center, region: "古县 / 岳阳镇", address: "古县岳阳镇府前街1号",
                           openingHours: "周一至周五 8:30-17:30", capacity: 50, phone: "0357-5221234", notice: "法律援助咨询每周三有值班律师")],
            page: PageInfo(request: PageRequest(page: 1, per: 20), total: 1), query: "", kind: nil, regionID: nil,
            regions: [.init(value: "1", label: "古县"), .init(value: "2", label: "— 岳阳镇")])
    }

    struct View {
        let model: Model
        let context: PageContext

        func document() -> HTML {
            let l = context.l10n
            let kinds = ServicePointKind.allCases.map { Forms.Option(value: $0.rawValue, label: l.name("kind", $0)) }
            return Layout.page(l(.finderTitle), context: context,
                .pageHeading(l(.finderTitle), lead: l(.finderLead)),
                .form(.class("filters"), .method(.get), .action(SiteURL.servicePoints.path), .attribute(named: "role", value: "search"),
                    Forms.select("region", label: l(.fieldRegion), options: model.regions, selected: model.regionID.map(String.init), includeEmpty: l(.filterAll)),
                    Forms.select("kind", label: l(.fieldKind), options: kinds, selected: model.kind?.rawValue, includeEmpty: l(.filterAll)),
                    Forms.field("q", label: l(.searchNameOrAddress), value: model.query, maxLength: 60),
                    .div(.class("actions"), .button(.type(.submit), .class("button primary"), .text(l(.searchButton))))
                ),
                .p(.attribute(named: "role", value: "status"), .text(l(.finderCount, model.page.total))),
                .if(model.points.isEmpty, .p(.class("empty"), .text(l(.finderEmpty)))),
                .ul(.class("cards"), .forEach(model.points) { card in .li(.class("card"), ServicePointDetailPage.body(card, l: l, heading: 2)) }),
                PaginationView.nav(model.page, base: .servicePoints, query: [("q", model.query), ("kind", model.kind?.rawValue), ("region", model.regionID.map(String.init))], l: l)
            )
        }
    }
}

enum ServicePointDetailPage {
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
            .if(!card.notice.isEmpty, .div(.class("notice"), .strong(.text(l(.fieldNotice) + "：")), .text(card.notice)))
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
