import Fluent

/// Mediation sessions (调解记录, 人民调解法第二十七条).
struct M048_CreateMediationSessions: AsyncMigration {
    var name: String { "M048_CreateMediationSessions" }

    func prepare(on database: any Database) async throws {
        try await database.schema("mediation_sessions")
            .field("id", .int, .identifier(auto: true))
            .field("case_id", .int, .required, .references("mediation_cases", "id"))
            .field("mode", .string, .required)
            .field("held_at", .datetime, .required)
            .field("place", .string, .required)
            .field("link", .string, .required)
            .field("participants", .string, .required)
            .field("notes", .string, .required)
            .field("recorded_by_id", .int, .references("staff_users", "id"))
            .field("recorded_at", .datetime, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("mediation_sessions").delete()
    }
}
