import FarunCore
import Plot

/// 新增人员 — an account with its first role grant; a one-time password is shown afterwards.
enum StaffNewPage {
    struct Model: Sendable {
        var input: StaffQueries.NewStaff
        var regions: [Forms.Option]
        var problems: [FieldProblem]
        var grantableRoles: [StaffRole]

        static let mock = Model(input: .init(username: "clerk.new", displayName: "张三", role: "window_clerk", regionID: 1),
                                regions: [.init(value: "1", label: "古县")], problems: [], grantableRoles: StaffRole.allCases)
    }
}
