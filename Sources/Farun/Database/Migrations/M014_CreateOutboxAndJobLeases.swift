import Fluent

struct M014_CreateOutboxAndJobLeases: AsyncMigration {
    var name: String { "M014_CreateOutboxAndJobLeases" }

    func prepare(on database: any Database) async throws {
        try await database.schema("outbox_messages")
            .field("id", .int, .identifier(auto: true))
            .field("topic", .string, .required)
            .field("payload", .string, .required)
            .field("attempts", .int, .required)
            .field("next_attempt_at", .datetime, .required)
            .field("sent_at", .datetime)
            .field("parked_at", .datetime)
            .field("last_error", .string, .required)
            .field("created_at", .datetime, .required)
            .create()
        try await database.sqlIndex(name: "outbox_messages_due_idx", on: "outbox_messages", columns: ["sent_at", "next_attempt_at"])
        try await database.schema("job_leases")
            .field("id", .int, .identifier(auto: true))
            .field("name", .string, .required)
            .field("holder", .string, .required)
            .field("expires_at", .datetime, .required)
            .unique(on: "name")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("job_leases").delete()
        try await database.schema("outbox_messages").delete()
    }
}
