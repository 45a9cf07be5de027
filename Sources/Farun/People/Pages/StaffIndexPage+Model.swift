import FarunCore
import Plot

/// 人员管理 — staff list, searchable by name, filterable by role.
enum StaffIndexPage {
    struct Row: Sendable {
        let id: Int
        let username: String
        let displayName: String
        let grants: [String]
        let disabled: Bool
    }

    struct Model: Sendable {
        var rows: [Row]
        var page: PageInfo
        var filter: StaffQueries.Filter
        var canManage: Bool
        var done: String?

        static let mock = Model(
            rows: [.init(id: 1, username: "admin", displayName: "管理员", grants: ["古县·司法局管理员"], disabled: false),
                   .init(id: 2, username: "clerk.yueyang", displayName: "李娜", grants: ["岳阳镇·窗口受理员"], disabled: true)],
            page: PageInfo(request: PageRequest(page: 1, per: 30), total: 2), filter: .init(), canManage: true, done: nil)
    }
}
