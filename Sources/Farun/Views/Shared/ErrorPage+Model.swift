import Plot

enum ErrorPage {
    struct Model: Sendable {
        let status: Int
        let message: String
        let requestID: String

        static let mock = Model(status: 404, message: "找不到该页面。", requestID: "req-123")
    }
}
