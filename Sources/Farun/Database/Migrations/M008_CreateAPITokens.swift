import Fluent

struct M008_CreateAPITokens: AsyncMigration {
    var name: String { "M008_CreateAPITokens" }

    func prepare(on database: any Database) async throws {
        try await database.schema("api_tokens")
            .field("id", .int, .identifier(auto: true))
            .field("name", .string, .required)
            .field("token_hash", .string, .required)
            .field("prefix", .string, .required)
            .field("owner_id", .int, .required, .references("staff_users", "id", onDelete: .cascade))
            .field("scopes", .string, .required)
            .field("expires_at", .datetime)
            .field("revoked_at", .datetime)
            .field("last_used_at", .datetime)
            .field("created_at", .datetime)
            .unique(on: "token_hash")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("api_tokens").delete()
    }
}
