import Fluent

/// Objections (异议) to a refusal or termination, decided by the justice bureau within 5 days (法律援助法 第四十九条).
struct M045_CreateLegalAidObjections: AsyncMigration {
    var name: String { "M045_CreateLegalAidObjections" }

    func prepare(on database: any Database) async throws {
        try await database.schema("legal_aid_objections")
            .field("id", .int, .identifier(auto: true))
            .field("application_id", .int, .required, .references("legal_aid_applications", "id"))
            .field("against", .string, .required)
            .field("grounds", .string, .required)
            .field("received_on", .string, .required)
            .field("due_on", .string, .required)
            .field("due_provisional", .bool, .required)
            .field("decision", .string)
            .field("decision_reasons", .string, .required)
            .field("extension_reason", .string, .required)
            .field("decided_on", .string)
            .field("decided_by_id", .int, .references("staff_users", "id"))
            .field("created_at", .datetime, .required)
            .create()
        try await database.sqlIndex(name: "legal_aid_objections_app_idx", on: "legal_aid_objections", columns: ["application_id"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema("legal_aid_objections").delete()
    }
}
