import Fluent

struct M007_CreateSessions: AsyncMigration {
    var name: String { "M007_CreateSessions" }

    func prepare(on database: any Database) async throws {
        try await database.schema("sessions")
            .field("id", .string, .identifier(auto: false))
            .field("staff_user_id", .int, .references("staff_users", "id", onDelete: .cascade))
            .field("citizen_id", .int, .references("citizens", "id", onDelete: .cascade))
            .field("csrf_token", .string, .required)
            .field("expires_at", .datetime, .required)
            .field("last_seen_at", .datetime, .required)
            .field("user_agent", .string, .required)
            .field("created_at", .datetime)
            .create()
        try await database.sqlIndex(name: "sessions_staff_user_idx", on: "sessions", columns: ["staff_user_id"])
        try await database.sqlIndex(name: "sessions_citizen_idx", on: "sessions", columns: ["citizen_id"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema("sessions").delete()
    }
}
