import FarunCore
import Plot

/// 服务点管理 — staff list of service points.
enum ServicePointIndexPage {
    struct Row: Sendable {
        let id: Int
        let name: String
        let kind: ServicePointKind
        let region: String
        let capacity: Int
        let closed: Bool
    }

    struct Model: Sendable {
        var rows: [Row]
        var page: PageInfo
        var query: String
        var kind: ServicePointKind?
        var includeClosed: Bool
        var canManage: Bool
        var done: String?

        static let mock = Model(
            rows: [.init(id: 1, name: "古县公共法律服务中心", kind: .center, region: "古县", capacity: 50, closed: false),
                   .init(id: 2, name: "岳阳镇公共法律服务工作站", kind: .workstation, region: "古县 / 岳阳镇", capacity: 15, closed: true)],
            page: PageInfo(request: PageRequest(page: 1, per: 30), total: 2), query: "", kind: nil, includeClosed: true, canManage: true, done: nil)
    }
}
