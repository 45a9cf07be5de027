import Fluent

/// Lawyers' own "I can answer now" declarations (自主上线), from/until, with region and fields like a slot.
struct M037_CreateDutyAvailability: AsyncMigration {
    var name: String { "M037_CreateDutyAvailability" }

    func prepare(on database: any Database) async throws {
        try await database.schema("duty_availability")
            .field("id", .int, .identifier(auto: true))
            .field("person_id", .int, .required, .references("staff_users", "id"))
            .field("available_from", .datetime, .required)
            .field("available_until", .datetime, .required)
            .field("region_id", .int, .required, .references("regions", "id"))
            .field("region_path", .string, .required)
            .field("fields", .string, .required)
            .create()
        try await database.sqlIndex(name: "duty_availability_until_idx", on: "duty_availability", columns: ["available_until"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema("duty_availability").delete()
    }
}
