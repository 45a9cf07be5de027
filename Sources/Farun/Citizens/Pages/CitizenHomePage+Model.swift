import Plot

/// 我的 — a citizen's own page; their requests will be listed here.
enum CitizenHomePage {
    struct Model: Sendable {
        var displayName: String
        var maskedPhone: String

        static let mock = Model(displayName: "张先生", maskedPhone: "138****8000")
    }
}
