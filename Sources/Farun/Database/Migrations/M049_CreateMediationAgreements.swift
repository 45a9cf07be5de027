import Fluent

/// Mediation agreements (调解协议, 人民调解法第二十八、二十九条) and their signatures. One agreement per case;
/// redrafting replaces the text and drops the signatures given to the old text.
struct M049_CreateMediationAgreements: AsyncMigration {
    var name: String { "M049_CreateMediationAgreements" }

    func prepare(on database: any Database) async throws {
        try await database.schema("mediation_agreements")
            .field("id", .int, .identifier(auto: true))
            .field("case_id", .int, .required, .references("mediation_cases", "id"))
            .field("form", .string, .required)
            .field("committee_name", .string, .required)
            .field("facts", .string, .required)
            .field("issues", .string, .required)
            .field("responsibilities", .string, .required)
            .field("terms", .string, .required)
            .field("performance_manner", .string, .required)
            .field("performance_deadline", .string)
            .field("revision", .int, .required)
            .field("drafted_by_id", .int, .references("staff_users", "id"))
            .field("drafted_at", .datetime, .required)
            .field("effective_on", .string)
            .field("confirmation_due", .string)
            .field("confirmation_due_provisional", .bool, .required)
            .unique(on: "case_id")
            .create()
        try await database.schema("mediation_signatures")
            .field("id", .int, .identifier(auto: true))
            .field("case_id", .int, .required, .references("mediation_cases", "id"))
            // "party:0", "mediator", "committee_seal": one signature per signatory
            .field("signatory", .string, .required)
            .field("kind", .string, .required)
            .field("party_position", .int)
            .field("method", .string, .required)
            .field("signed_on", .string, .required)
            .field("recorded_by_id", .int, .references("staff_users", "id"))
            .field("recorded_at", .datetime, .required)
            .unique(on: "case_id", "signatory")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("mediation_signatures").delete()
        try await database.schema("mediation_agreements").delete()
    }
}
