import FarunCore
import Plot

/// 修改密码 — forced after a one-time password.
enum PasswordPage {
    struct Model: Sendable {
        var forced: Bool
        var problems: [FieldProblem]

        static let mock = Model(forced: true, problems: [])
    }
}
