import Fluent

struct M002_CreateServicePoints: AsyncMigration {
    var name: String { "M002_CreateServicePoints" }

    func prepare(on database: any Database) async throws {
        try await database.schema("service_points")
            .field("id", .int, .identifier(auto: true))
            .field("name", .string, .required)
            .field("kind", .string, .required)
            .field("region_id", .int, .required, .references("regions", "id"))
            .field("address", .string, .required)
            .field("opening_hours", .string, .required)
            .field("capacity", .int, .required)
            .field("phone", .string, .required)
            .field("notice", .string, .required)
            .field("closed_at", .datetime)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .create()
        try await database.sqlIndex(name: "service_points_region_idx", on: "service_points", columns: ["region_id"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema("service_points").delete()
    }
}
