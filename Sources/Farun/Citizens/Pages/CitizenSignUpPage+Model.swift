import Plot

/// 群众注册 — phone + password.
enum CitizenSignUpPage {
    struct Model: Sendable {
        var phone: String
        var displayName: String
        var problems: [FieldProblem]

        static let mock = Model(phone: "13800138000", displayName: "张先生", problems: [])
    }
}
