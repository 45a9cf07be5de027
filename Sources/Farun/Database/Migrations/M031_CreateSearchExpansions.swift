import Fluent

/// Local additions to the colloquial-to-legal vocabulary (老板 → 用人单位) that staff edit; the shipped table is
/// a resource file, and these rows are added to it when the search index is built.
struct M031_CreateSearchExpansions: AsyncMigration {
    var name: String { "M031_CreateSearchExpansions" }

    func prepare(on database: any Database) async throws {
        try await database.schema("search_expansions")
            .field("id", .int, .identifier(auto: true))
            .field("colloquial", .string, .required)
            .field("legal_terms", .string, .required)
            .field("created_by", .int, .references("staff_users", "id"))
            .field("created_at", .datetime)
            .unique(on: "colloquial")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("search_expansions").delete()
    }
}
