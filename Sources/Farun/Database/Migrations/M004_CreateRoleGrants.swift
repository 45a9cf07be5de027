import Fluent

struct M004_CreateRoleGrants: AsyncMigration {
    var name: String { "M004_CreateRoleGrants" }

    func prepare(on database: any Database) async throws {
        try await database.schema("role_grants")
            .field("id", .int, .identifier(auto: true))
            .field("user_id", .int, .required, .references("staff_users", "id", onDelete: .cascade))
            .field("role", .string, .required)
            .field("region_id", .int, .required, .references("regions", "id"))
            .field("created_at", .datetime)
            .unique(on: "user_id", "role", "region_id")
            .create()
        try await database.sqlIndex(name: "role_grants_region_idx", on: "role_grants", columns: ["region_id"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema("role_grants").delete()
    }
}
