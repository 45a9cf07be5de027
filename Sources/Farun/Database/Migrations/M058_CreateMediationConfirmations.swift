import Fluent

/// Judicial confirmation (司法确认) of an effective mediation agreement: the parties' joint application to a court
/// (人民调解法第三十三条, 民事诉讼法第二百零五条), the materials present (若干规定第三条), the court's decision deadline
/// (民事诉讼法第一百八十七条) and its decision (第二百零六条). One per case.
struct M058_CreateMediationConfirmations: AsyncMigration {
    var name: String { "M058_CreateMediationConfirmations" }

    func prepare(on database: any Database) async throws {
        try await database.schema("mediation_confirmations")
            .field("id", .int, .identifier(auto: true))
            .field("case_id", .int, .required, .references("mediation_cases", "id"))
            .field("court_basis", .string, .required)
            .field("court_name", .string, .required)
            .field("filed_on", .string, .required)
            // ConfirmationMaterial raw values present, comma-separated
            .field("materials", .string, .required)
            .field("through_agent", .bool, .required)
            .field("decision_due", .string, .required)
            .field("decision_due_provisional", .bool, .required)
            .field("outcome", .string)
            .field("decided_on", .string)
            .field("outcome_note", .string, .required)
            .field("referral", .string)
            .field("referral_order_id", .int, .references("work_orders", "id"))
            .field("recorded_by_id", .int, .references("staff_users", "id"))
            .field("recorded_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .unique(on: "case_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("mediation_confirmations").delete()
    }
}
