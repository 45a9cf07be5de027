import Fluent

struct M001_CreateRegions: AsyncMigration {
    var name: String { "M001_CreateRegions" }

    func prepare(on database: any Database) async throws {
        try await database.schema("regions")
            .field("id", .int, .identifier(auto: true))
            .field("code", .string)
            .field("code_source", .string, .required)
            .field("name", .string, .required)
            .field("level", .string, .required)
            .field("parent_id", .int, .references("regions", "id"))
            .field("path", .string, .required)
            .field("retired_at", .datetime)
            .field("merged_into_id", .int, .references("regions", "id"))
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "code")
            .create()
        try await database.sqlIndex(name: "regions_path_idx", on: "regions", columns: ["path"])
        try await database.sqlIndex(name: "regions_parent_idx", on: "regions", columns: ["parent_id"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema("regions").delete()
    }
}
