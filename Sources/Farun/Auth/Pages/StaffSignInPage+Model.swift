import Plot

/// 工作人员登录
enum StaffSignInPage {
    struct Model: Sendable {
        var username: String
        var next: String?
        var error: String?

        static let mock = Model(username: "admin", next: "/admin/regions", error: nil)
    }
}
