import Fluent

/// Online consultations (快解答). The asker is a citizen account or a phone (encrypted, with a keyed hash for
/// rate limits and look-up, and a masked copy); the question is stored masked for lawyers, the original encrypted.
struct M033_CreateConsultations: AsyncMigration {
    var name: String { "M033_CreateConsultations" }

    func prepare(on database: any Database) async throws {
        try await database.schema("consultations")
            .id()
            // Asker
            .field("citizen_id", .int, .references("citizens", "id"))
            .field("asker_phone", .string)
            .field("asker_phone_hash", .string)
            .field("asker_phone_masked", .string, .required)
            // Question
            .field("question", .string, .required)
            .field("question_original", .string, .required)
            .field("masked_kinds", .string, .required)
            .field("field", .string, .required)
            .field("suggested_field", .string, .required)
            .field("region_id", .int, .required, .references("regions", "id"))
            .field("region_path", .string, .required)
            // Lifecycle
            .field("state", .string, .required)
            .field("asked_at", .datetime, .required)
            .field("last_activity_at", .datetime, .required)
            .field("closed_at", .datetime)
            .field("close_reason", .string)
            .field("best_lawyer_id", .int, .references("staff_users", "id"))
            .field("consents_to_publication", .bool, .required)
            .field("published_at", .datetime)
            .field("version", .int, .required)
            .create()
        try await database.sqlIndex(name: "consultations_state_idx", on: "consultations", columns: ["state", "asked_at"])
        try await database.sqlIndex(name: "consultations_activity_idx", on: "consultations", columns: ["state", "last_activity_at"])
        try await database.sqlIndex(name: "consultations_region_path_idx", on: "consultations", columns: ["region_path"])
        try await database.sqlIndex(name: "consultations_phone_idx", on: "consultations", columns: ["asker_phone_hash"])
        try await database.sqlIndex(name: "consultations_citizen_idx", on: "consultations", columns: ["citizen_id"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema("consultations").delete()
    }
}
