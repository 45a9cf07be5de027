import Fluent

/// The articles (条) of each law version, in order, with their chapter and section headings. The text number
/// (第一百三十三条之一) is the identity: 之一 articles share their arabic number with the base article.
struct M028_CreateLawArticles: AsyncMigration {
    var name: String { "M028_CreateLawArticles" }

    func prepare(on database: any Database) async throws {
        try await database.schema("law_articles")
            .field("id", .int, .identifier(auto: true))
            .field("law_id", .int, .required, .references("laws", "id", onDelete: .cascade))
            .field("ordinal", .int, .required)
            .field("label", .string, .required)
            .field("number", .int)
            .field("supplement", .int, .required)
            .field("chapter", .string)
            .field("section", .string)
            .field("text", .string, .required)
            .unique(on: "law_id", "label")
            .create()
        try await database.sqlIndex(name: "law_articles_law_number_idx", on: "law_articles", columns: ["law_id", "number"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema("law_articles").delete()
    }
}
