import Fluent

/// Reminders sent about a mediation case (e.g. the judicial-confirmation window closing), one row per case, kind
/// and party: when several instances run the sweep at once, exactly one inserts the row and queues the message.
struct M059_CreateMediationReminders: AsyncMigration {
    var name: String { "M059_CreateMediationReminders" }

    func prepare(on database: any Database) async throws {
        try await database.schema("mediation_reminders")
            .field("id", .int, .identifier(auto: true))
            .field("case_id", .int, .required, .references("mediation_cases", "id"))
            .field("kind", .string, .required)
            .field("party_position", .int, .required)
            .field("queued_at", .datetime, .required)
            .unique(on: "case_id", "kind", "party_position")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("mediation_reminders").delete()
    }
}
