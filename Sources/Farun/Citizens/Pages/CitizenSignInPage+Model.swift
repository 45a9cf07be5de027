import Plot

/// 群众登录
enum CitizenSignInPage {
    struct Model: Sendable {
        var phone: String
        var error: String?
        var next: String?

        static let mock = Model(phone: "", error: nil, next: nil)
    }
}
