import Fluent

struct M005_CreateProfessionalProfiles: AsyncMigration {
    var name: String { "M005_CreateProfessionalProfiles" }

    func prepare(on database: any Database) async throws {
        try await database.schema("professional_profiles")
            .field("id", .int, .identifier(auto: true))
            .field("user_id", .int, .required, .references("staff_users", "id", onDelete: .cascade))
            .field("profession", .string, .required)
            .field("organisation", .string, .required)
            .field("licence_number", .string, .required)
            .field("specialties", .string, .required)
            .field("languages", .string, .required)
            .field("bio", .string, .required)
            .field("is_public", .bool, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "user_id")
            .create()
        try await database.schema("professional_regions")
            .field("id", .int, .identifier(auto: true))
            .field("profile_id", .int, .required, .references("professional_profiles", "id", onDelete: .cascade))
            .field("region_id", .int, .required, .references("regions", "id"))
            .unique(on: "profile_id", "region_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("professional_regions").delete()
        try await database.schema("professional_profiles").delete()
    }
}
