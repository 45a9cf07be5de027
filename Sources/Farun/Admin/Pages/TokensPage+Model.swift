import FarunCore
import Foundation
import Plot

/// API 令牌 — create (shown once), list, revoke.
enum TokensPage {
    struct Row: Sendable {
        let id: Int
        let name: String
        let prefix: String
        let owner: String
        let scopes: [String]
        let createdAt: Date?
        let lastUsedAt: Date?
        let expiresAt: Date?
        let revoked: Bool
    }

    struct Model: Sendable {
        var tokens: [Row]
        var grantableScopes: [Permission]
        var newToken: String?
        var problems: [FieldProblem]

        static let mock = Model(
            tokens: [.init(id: 1, name: "12348 交换机", prefix: "farun_abc123", owner: "admin", scopes: ["view_regions"],
                           createdAt: Date(timeIntervalSince1970: 1_790_000_000), lastUsedAt: nil, expiresAt: nil, revoked: false)],
            grantableScopes: [.viewRegions, .viewServicePoints], newToken: nil, problems: [])
    }
}
