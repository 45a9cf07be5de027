import Fluent
import SQLKit

/// Answers and follow-ups (解答与追问): append-only, guarded by the database like the audit trail.
struct M035_CreateConsultationEntries: AsyncMigration {
    var name: String { "M035_CreateConsultationEntries" }

    func prepare(on database: any Database) async throws {
        try await database.schema("consultation_entries")
            .field("id", .int, .identifier(auto: true))
            .field("thread_id", .int, .required, .references("consultation_threads", "id"))
            .field("kind", .string, .required)
            .field("text", .string, .required)
            .field("at", .datetime, .required)
            // Article references, one per line (e.g. "民法典 第一千零七十九条").
            .field("article_references", .string, .required)
            .create()
        try await database.sqlIndex(name: "consultation_entries_thread_idx", on: "consultation_entries", columns: ["thread_id", "id"])
        for statement in AppendOnlyGuard.createStatements(table: "consultation_entries", postgres: database.isPostgres) {
            try await database.sql.raw(SQLQueryString(statement)).run()
        }
    }

    func revert(on database: any Database) async throws {
        for statement in AppendOnlyGuard.dropStatements(table: "consultation_entries", postgres: database.isPostgres) {
            try await database.sql.raw(SQLQueryString(statement)).run()
        }
        try await database.schema("consultation_entries").delete()
    }
}
