import Fluent

struct M009_CreateAuditEvents: AsyncMigration {
    var name: String { "M009_CreateAuditEvents" }

    func prepare(on database: any Database) async throws {
        try await database.schema("audit_events")
            .field("id", .int, .identifier(auto: true))
            .field("at", .datetime, .required)
            .field("actor_kind", .string, .required)
            .field("actor_id", .int)
            .field("actor_name", .string, .required)
            .field("action", .string, .required)
            .field("target_type", .string, .required)
            .field("target_id", .int)
            .field("region_path", .string, .required)
            .field("detail", .string, .required)
            .field("request_id", .string, .required)
            .field("ip", .string, .required)
            .create()
        try await database.sqlIndex(name: "audit_events_at_idx", on: "audit_events", columns: ["at"])
        try await database.sqlIndex(name: "audit_events_target_idx", on: "audit_events", columns: ["target_type", "target_id"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema("audit_events").delete()
    }
}
