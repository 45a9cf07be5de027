import Fluent
import Foundation

/// A signed-in browser session, kept in the database so that any instance can serve any request.
/// The id is the SHA-256 of the cookie's token: a stolen table does not yield usable cookies.
final class BrowserSession: Model, @unchecked Sendable {
    static let schema = "sessions"

    @ID(custom: "id", generatedBy: .user) var id: String?

    // Whose session (exactly one of the two)
    @OptionalParent(key: "staff_user_id") var staffUser: StaffUser?
    @OptionalParent(key: "citizen_id") var citizen: Citizen?

    // Protection
    @Field(key: "csrf_token") var csrfToken: String
    @Field(key: "expires_at") var expiresAt: Date
    @Field(key: "last_seen_at") var lastSeenAt: Date
    @Field(key: "user_agent") var userAgent: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}
}

/// An API bearer token for an integration (e.g. a hotline switchboard). Only its hash is stored.
final class APIToken: Model, @unchecked Sendable {
    static let schema = "api_tokens"

    @ID(custom: "id", generatedBy: .database) var id: Int?

    // Identity
    @Field(key: "name") var name: String
    @Field(key: "token_hash") var tokenHash: String
    /// First characters of the token, shown so people can tell tokens apart.
    @Field(key: "prefix") var prefix: String

    // Authority: the owner's grants, narrowed to these permissions.
    @Parent(key: "owner_id") var owner: StaffUser
    @Field(key: "scopes") var scopesText: String

    // Lifecycle
    @OptionalField(key: "expires_at") var expiresAt: Date?
    @OptionalField(key: "revoked_at") var revokedAt: Date?
    @OptionalField(key: "last_used_at") var lastUsedAt: Date?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}
}
