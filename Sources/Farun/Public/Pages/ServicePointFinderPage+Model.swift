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
}
