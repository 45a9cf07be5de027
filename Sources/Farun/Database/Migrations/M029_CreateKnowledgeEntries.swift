import Fluent

/// Typical cases (典型案例) and FAQ (问答) written by staff. Drafts are visible to staff only; published entries
/// are searched with the statutes; retired ones stay for the record.
struct M029_CreateKnowledgeEntries: AsyncMigration {
    var name: String { "M029_CreateKnowledgeEntries" }

    func prepare(on database: any Database) async throws {
        try await database.schema("knowledge_entries")
            .field("id", .int, .identifier(auto: true))
            .field("kind", .string, .required)
            .field("title", .string, .required)
            .field("summary", .string, .required)
            .field("body", .string, .required)
            .field("legal_field", .string, .required)
            .field("region_id", .int, .required, .references("regions", "id"))
            .field("source", .string, .required)
            .field("state", .string, .required)
            .field("published_at", .datetime)
            .field("retired_at", .datetime)
            .field("created_by", .int, .references("staff_users", "id"))
            .field("updated_by", .int, .references("staff_users", "id"))
            .field("version", .int, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("knowledge_entries").delete()
    }
}
