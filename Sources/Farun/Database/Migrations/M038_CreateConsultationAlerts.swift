import Fluent

/// Alerts sent about a consultation (e.g. no first answer after 10 minutes). Unique per consultation and kind,
/// so when several instances run the sweep, exactly one inserts the row and sends the alert.
struct M038_CreateConsultationAlerts: AsyncMigration {
    var name: String { "M038_CreateConsultationAlerts" }

    func prepare(on database: any Database) async throws {
        try await database.schema("consultation_alerts")
            .field("id", .int, .identifier(auto: true))
            .field("consultation_id", .uuid, .required, .references("consultations", "id"))
            .field("kind", .string, .required)
            .field("at", .datetime, .required)
            .unique(on: "consultation_id", "kind")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("consultation_alerts").delete()
    }
}
