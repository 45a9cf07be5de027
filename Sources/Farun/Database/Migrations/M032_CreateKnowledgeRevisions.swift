import Fluent
import Foundation

/// One counter per part of the search index (statutes, entries, expansions), bumped in the same transaction as
/// the content. Every instance compares it with what its in-memory index was built from, so a lost notification
/// only delays a refresh and never leaves an instance stale.
struct M032_CreateKnowledgeRevisions: AsyncMigration {
    var name: String { "M032_CreateKnowledgeRevisions" }

    func prepare(on database: any Database) async throws {
        try await database.schema("knowledge_revisions")
            .field("part", .string, .identifier(auto: false))
            .field("revision", .int, .required)
            .field("changed_at", .datetime, .required)
            .create()
        let now = Date()
        for part in ["statutes", "entries", "expansions"] {
            try await KnowledgeRevisionSeed(part: part, changedAt: now).create(on: database)
        }
    }

    func revert(on database: any Database) async throws {
        try await database.schema("knowledge_revisions").delete()
    }
}

/// A frozen copy of the row shape for this migration, so later model changes cannot alter what it writes.
private final class KnowledgeRevisionSeed: Model, @unchecked Sendable {
    static let schema = "knowledge_revisions"
    @ID(custom: "part", generatedBy: .user) var id: String?
    @Field(key: "revision") var revision: Int
    @Field(key: "changed_at") var changedAt: Date
    init() {}
    init(part: String, changedAt: Date) {
        self.id = part
        self.revision = 0
        self.changedAt = changedAt
    }
}
