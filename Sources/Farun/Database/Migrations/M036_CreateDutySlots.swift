import Fluent

/// The duty roster (值班排班): a person on duty weekly (ISO weekday) or on one date, from a start to an end minute
/// (China time), for a region subtree and legal fields (comma-separated raw values; empty = every field).
struct M036_CreateDutySlots: AsyncMigration {
    var name: String { "M036_CreateDutySlots" }

    func prepare(on database: any Database) async throws {
        try await database.schema("duty_slots")
            .field("id", .int, .identifier(auto: true))
            .field("person_id", .int, .required, .references("staff_users", "id"))
            .field("weekday", .int)
            .field("on_date", .string)
            .field("start_minute", .int, .required)
            .field("end_minute", .int, .required)
            .field("region_id", .int, .required, .references("regions", "id"))
            .field("region_path", .string, .required)
            .field("fields", .string, .required)
            .field("created_at", .datetime)
            .create()
        try await database.sqlIndex(name: "duty_slots_person_idx", on: "duty_slots", columns: ["person_id"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema("duty_slots").delete()
    }
}
