import Fluent

/// The parties to a dispute (当事人). Phones and ID numbers encrypted, with keyed hashes for conflict checks.
struct M047_CreateMediationParties: AsyncMigration {
    var name: String { "M047_CreateMediationParties" }

    func prepare(on database: any Database) async throws {
        try await database.schema("mediation_parties")
            .field("id", .int, .identifier(auto: true))
            .field("case_id", .int, .required, .references("mediation_cases", "id"))
            .field("position", .int, .required)
            .field("role", .string, .required)
            .field("name", .string, .required)
            .field("phone", .string, .required)
            .field("phone_hash", .string, .required)
            .field("phone_masked", .string, .required)
            .field("resident_id", .string)
            .field("resident_id_hash", .string)
            .field("resident_id_masked", .string, .required)
            .field("address", .string, .required)
            .field("consent", .string, .required)
            .unique(on: "case_id", "position")
            .create()
        try await database.sqlIndex(name: "mediation_parties_phone_idx", on: "mediation_parties", columns: ["phone_hash"])
        try await database.sqlIndex(name: "mediation_parties_resident_idx", on: "mediation_parties", columns: ["resident_id_hash"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema("mediation_parties").delete()
    }
}
