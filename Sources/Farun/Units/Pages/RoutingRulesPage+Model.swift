import FarunCore

/// 分流规则 — which unit's queue accepted orders go to, by service (or any) and region; the most local rule wins.
enum RoutingRulesPage {
    struct Row: Sendable {
        let id: Int
        /// Nil: any service.
        let service: String?
        let region: String
        let unit: String
        let unitRetired: Bool
    }

    struct Model: Sendable {
        var rows: [Row]
        var page: PageInfo
        var input: RoutingRuleQueries.Input
        var services: [Forms.Option]
        var regions: [Forms.Option]
        var units: [Forms.Option]
        var problems: [FieldProblem]
        var done: String?

        static let mock = Model(
            rows: [.init(id: 1, service: "法律援助", region: "古县", unit: "古县法律援助中心", unitRetired: false),
                   .init(id: 2, service: nil, region: "古县 / 岳阳镇", unit: "岳阳镇司法所", unitRetired: false)],
            page: PageInfo(request: PageRequest(page: 1, per: 50), total: 2), input: .init(),
            services: [.init(value: "LEGAL_AID", label: "法律援助"), .init(value: "NOTARIZATION", label: "公证")],
            regions: [.init(value: "1", label: "古县"), .init(value: "2", label: "古县 / 岳阳镇")],
            units: [.init(value: "1", label: "古县法律援助中心 · 古县")], problems: [], done: nil)
    }
}
