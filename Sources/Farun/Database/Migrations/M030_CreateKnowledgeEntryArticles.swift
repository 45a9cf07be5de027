import Fluent

/// The statute articles a case or FAQ relies on. Linked by law name and article label rather than row id, so a
/// re-import of the statutes keeps the links.
struct M030_CreateKnowledgeEntryArticles: AsyncMigration {
    var name: String { "M030_CreateKnowledgeEntryArticles" }

    func prepare(on database: any Database) async throws {
        try await database.schema("knowledge_entry_articles")
            .field("id", .int, .identifier(auto: true))
            .field("entry_id", .int, .required, .references("knowledge_entries", "id", onDelete: .cascade))
            .field("law_name", .string, .required)
            .field("article_label", .string, .required)
            .field("article_number", .int)
            .field("position", .int, .required)
            .unique(on: "entry_id", "law_name", "article_label")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("knowledge_entry_articles").delete()
    }
}
