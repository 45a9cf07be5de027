import Fluent

/// Handling units (承办单位: 法律援助中心, 公证处, 调委会 …) and their members, with each member's capacity.
struct M017_CreateHandlingUnits: AsyncMigration {
    var name: String { "M017_CreateHandlingUnits" }

    func prepare(on database: any Database) async throws {
        try await database.schema("units")
            .field("id", .int, .identifier(auto: true))
            .field("name", .string, .required)
            .field("region_id", .int, .required, .references("regions", "id"))
            .field("region_path", .string, .required)
            .field("assignment_strategy", .string, .required)
            .field("head_id", .int, .references("staff_users", "id"))
            .field("last_assigned_id", .int)
            .field("phone", .string, .required)
            .field("retired_at", .datetime)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .create()
        try await database.sqlIndex(name: "units_region_path_idx", on: "units", columns: ["region_path"])
        try await database.schema("unit_members")
            .field("id", .int, .identifier(auto: true))
            .field("unit_id", .int, .required, .references("units", "id", onDelete: .cascade))
            .field("staff_id", .int, .required, .references("staff_users", "id"))
            .field("capacity", .int, .required)
            .field("position", .int, .required)
            .field("created_at", .datetime)
            .unique(on: "unit_id", "staff_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("unit_members").delete()
        try await database.schema("units").delete()
    }
}
