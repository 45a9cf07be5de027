import FarunCore

/// 承办单位 — the handling units in the administrator's scope, with their queues at a glance.
enum UnitIndexPage {
    struct Row: Sendable {
        let id: Int
        let name: String
        let region: String
        let strategy: AssignmentStrategy
        let head: String?
        let members: Int
        let waiting: Int
        let retired: Bool
    }

    struct Model: Sendable {
        var rows: [Row]
        var page: PageInfo
        var query: String
        var done: String?
        /// Whether retired units are listed too (they are hidden by default).
        var includeRetired = false

        static let mock = Model(
            rows: [.init(id: 1, name: "古县法律援助中心", region: "古县", strategy: .roundRobin, head: "赵主任", members: 2, waiting: 3, retired: false),
                   .init(id: 2, name: "岳阳镇公证服务点", region: "古县 / 岳阳镇", strategy: .claim, head: nil, members: 1, waiting: 0, retired: false)],
            page: PageInfo(request: PageRequest(page: 1, per: 30), total: 2), query: "", done: nil)
    }
}
