import Fluent

/// The start of a lawyer's relevant (criminal) practice, recorded by the legal aid agency, for the 3-year rule of
/// 法律援助法 第二十六条. The directory's profiles hold no practice dates, so legal aid keeps its own record.
struct M057_CreateLegalAidProviderExperience: AsyncMigration {
    var name: String { "M057_CreateLegalAidProviderExperience" }

    func prepare(on database: any Database) async throws {
        try await database.schema("legal_aid_provider_experience")
            .field("id", .int, .identifier(auto: true))
            .field("staff_id", .int, .required, .references("staff_users", "id"))
            .field("practice_since", .string, .required)
            .field("note", .string, .required)
            .field("recorded_by_id", .int, .references("staff_users", "id"))
            .field("recorded_at", .datetime, .required)
            .unique(on: "staff_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("legal_aid_provider_experience").delete()
    }
}
