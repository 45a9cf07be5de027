import FarunCore
import Plot

/// 区划管理 — the jurisdiction tree as a searchable, paginated list.
enum RegionIndexPage {
    struct Row: Sendable {
        let id: Int
        let name: String
        let label: String
        let code: String?
        let codeSource: CodeSource
        let level: RegionLevel
        let retired: Bool
    }

    struct Model: Sendable {
        var rows: [Row]
        var page: PageInfo
        var query: String
        var level: RegionLevel?
        var parentID: Int?
        var includeRetired: Bool
        var canManage: Bool
        var done: String?

        static let mock = Model(
            rows: [
                .init(id: 1, name: "古县", label: "古县", code: "141025000000", codeSource: .official, level: .county, retired: false),
                .init(id: 2, name: "岳阳镇", label: "古县 / 岳阳镇", code: "141025100000", codeSource: .official, level: .township, retired: false),
                .init(id: 3, name: "偏涧村", label: "古县 / 岳阳镇 / 偏涧村", code: "141025100400", codeSource: .local, level: .village, retired: true),
            ],
            page: PageInfo(request: PageRequest(page: 1, per: 50), total: 3), query: "", level: nil, parentID: nil,
            includeRetired: true, canManage: true, done: nil)
    }

    struct View {
        let model: Model
        let context: PageContext

        func document() -> HTML {
            let l = context.l10n
            let levels = RegionLevel.allCases.map { Forms.Option(value: $0.rawValue, label: l.name("level", $0)) }
            return Layout.page(l(.regionsTitle), context: context, audience: .staff,
                .pageHeading(l(.regionsTitle), lead: l(.regionsLead)),
                .flash(model.done.map { _ in l(.flashSaved) }),
                .if(model.canManage, .p(.a(.class("button primary"), .href(SiteURL.adminRegionNew.path), .text(l(.regionsAdd))))),
                .form(.class("filters"), .method(.get), .action(SiteURL.adminRegions.path),
                    .attribute(named: "role", value: "search"),
                    Forms.field("q", label: l(.searchNameOrCode), value: model.query, maxLength: 60),
                    Forms.select("level", label: l(.fieldLevel), options: levels, selected: model.level?.rawValue, includeEmpty: l(.filterAll)),
                    .unwrap(model.parentID) { .input(.type(.hidden), .name("parent"), .value(String($0))) },
                    .div(.class("check"),
                        .input(.type(.checkbox), .id("retired"), .name("retired"), .value("1"), .attribute(named: "checked", value: (model.includeRetired) ? "checked" : nil)),
                        .label(.for("retired"), .text(l(.regionsIncludeRetired)))),
                    .div(.class("actions"), .button(.type(.submit), .class("button secondary"), .text(l(.searchButton))))
                ),
                .if(model.rows.isEmpty, .p(.class("empty"), .text(l(.listEmpty)))),
                .if(!model.rows.isEmpty, .table(
                    .class("data"),
                    .caption(.text(l(.regionsTableCaption, model.page.total))),
                    .thead(.tr(.th(.text(l(.fieldName))), .th(.text(l(.fieldCode))), .th(.text(l(.fieldLevel))), .th(.text(l(.fieldStatus))))),
                    .tbody(.forEach(model.rows) { row in
                        .tr(
                            .td(.a(.href(SiteURL.adminRegion(row.id).path), .text(row.label))),
                            .td(.text(row.code ?? "—"), .if(row.codeSource == .local, .span(.class("badge"), .text(l(.regionCodeLocal))))),
                            .td(.text(l.name("level", row.level))),
                            .td(.text(row.retired ? l(.statusRetired) : l(.statusActive)))
                        )
                    })
                )),
                PaginationView.nav(model.page, base: .adminRegions, query: [("q", model.query), ("level", model.level?.rawValue), ("parent", model.parentID.map(String.init)), ("retired", model.includeRetired ? "1" : nil)], l: l)
            )
        }
    }
}
