import Plot

/// Shows a new one-time password exactly once.
enum OneTimePasswordPage {
    struct Model: Sendable {
        let userID: Int
        let username: String
        let password: String
        let created: Bool

        static let mock = Model(userID: 5, username: "clerk.new", password: "ab3DE4fg5HJ6", created: true)
    }
}
