import Fluent

/// Legal aid applications (法律援助申请): the extra record of a LEGAL_AID work order. The applicant's name, phone and
/// ID number live on the work order (encrypted there); the opposing party's are encrypted here, with keyed hashes
/// for the conflict check and masked copies for screens.
struct M042_CreateLegalAidApplications: AsyncMigration {
    var name: String { "M042_CreateLegalAidApplications" }

    func prepare(on database: any Database) async throws {
        try await database.schema("legal_aid_applications")
            .field("id", .int, .identifier(auto: true))
            .field("work_order_id", .int, .required, .references("work_orders", "id"))
            .field("number", .string, .required)
            .field("region_id", .int, .required, .references("regions", "id"))
            .field("region_path", .string, .required)
            .field("state", .string, .required)
            // The matter
            .field("category", .string, .required)
            .field("service_form", .string, .required)
            .field("circumstances", .string, .required)
            .field("economic_review", .string, .required)
            .field("priorities", .string, .required)
            .field("days_to_limitation", .int)
            .field("needs_preservation", .bool, .required)
            .field("economic_statement", .string, .required)
            .field("pledge_signed_by", .string, .required)
            .field("pledge_signed_at", .datetime, .required)
            // Opposing party
            .field("opponent_name", .string, .required)
            .field("opponent_phone", .string)
            .field("opponent_phone_hash", .string)
            .field("opponent_phone_masked", .string, .required)
            .field("opponent_resident_id", .string)
            .field("opponent_resident_id_hash", .string)
            .field("opponent_resident_id_masked", .string, .required)
            // Review
            .field("received_on", .string, .required)
            .field("decision_due", .string, .required)
            .field("decision_due_provisional", .bool, .required)
            .field("materials_checked", .string, .required)
            .field("conflict_checked_at", .datetime)
            .field("decision", .string)
            .field("decided_on", .string)
            .field("first_decided_on", .string)
            .field("first_granted", .bool)
            .field("decision_reasons", .string, .required)
            .field("extension_reason", .string, .required)
            .field("decided_late", .bool, .required)
            .field("decided_by_id", .int, .references("staff_users", "id"))
            // Assignment and handling
            .field("assignment_due", .string)
            .field("provider_id", .int, .references("staff_users", "id"))
            .field("provider_name", .string, .required)
            .field("assigned_on", .string)
            .field("termination_ground", .string)
            .field("outcome", .string)
            .field("amount_recovered_fen", .int, .required)
            .field("closing_report", .string, .required)
            .field("closed_on", .string)
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .field("version", .int, .required)
            .unique(on: "work_order_id")
            .create()
        try await database.sqlIndex(name: "legal_aid_applications_region_idx", on: "legal_aid_applications", columns: ["region_path", "received_on"])
        try await database.sqlIndex(name: "legal_aid_applications_state_idx", on: "legal_aid_applications", columns: ["state", "decision_due"])
        try await database.sqlIndex(name: "legal_aid_applications_provider_idx", on: "legal_aid_applications", columns: ["provider_id"])
        try await database.sqlIndex(name: "legal_aid_applications_opp_id_idx", on: "legal_aid_applications", columns: ["opponent_resident_id_hash"])
        try await database.sqlIndex(name: "legal_aid_applications_opp_phone_idx", on: "legal_aid_applications", columns: ["opponent_phone_hash"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema("legal_aid_applications").delete()
    }
}
