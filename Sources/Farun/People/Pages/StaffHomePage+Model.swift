import FarunCore
import Plot

/// 工作台 — where a signed-in staff member starts: their roles and what they can open.
enum StaffHomePage {
    struct Model: Sendable {
        var displayName: String
        var grants: [String]
        var permissions: Set<Permission>
        var done: String?

        static let mock = Model(displayName: "管理员", grants: ["司法局管理员 · 古县"], permissions: Set(Permission.allCases), done: nil)
    }
}
