import Fluent

/// Idempotency-Key records: a retried submission answers with the first one's result.
struct M023_CreateIdempotencyKeys: AsyncMigration {
    var name: String { "M023_CreateIdempotencyKeys" }

    func prepare(on database: any Database) async throws {
        try await database.schema("idempotency_keys")
            .field("id", .int, .identifier(auto: true))
            .field("scope", .string, .required)
            .field("key", .string, .required)
            .field("request_hash", .string, .required)
            .field("work_order_id", .int, .references("work_orders", "id"))
            .field("created_at", .datetime, .required)
            .unique(on: "scope", "key")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("idempotency_keys").delete()
    }
}
