import Fluent
import SQLKit

/// The audit trail must be append-only even for code that forgets it: the database refuses UPDATE and DELETE.
struct M010_MakeAuditTrailAppendOnly: AsyncMigration {
    var name: String { "M010_MakeAuditTrailAppendOnly" }

    func prepare(on database: any Database) async throws {
        for statement in AppendOnlyGuard.createStatements(table: "audit_events", postgres: database.isPostgres) {
            try await database.sql.raw(SQLQueryString(statement)).run()
        }
    }

    func revert(on database: any Database) async throws {
        for statement in AppendOnlyGuard.dropStatements(table: "audit_events", postgres: database.isPostgres) {
            try await database.sql.raw(SQLQueryString(statement)).run()
        }
    }
}
