import Fluent
import SQLKit

/// The order's timeline (办理记录): append-only, guarded by the database like the audit trail.
struct M020_CreateWorkOrderEvents: AsyncMigration {
    var name: String { "M020_CreateWorkOrderEvents" }

    func prepare(on database: any Database) async throws {
        try await database.schema("work_order_events")
            .field("id", .int, .identifier(auto: true))
            .field("work_order_id", .int, .required, .references("work_orders", "id"))
            .field("at", .datetime, .required)
            .field("actor_kind", .string, .required)
            .field("actor_id", .int)
            .field("actor_name", .string, .required)
            .field("action", .string, .required)
            .field("from_state", .string)
            .field("to_state", .string, .required)
            .field("channel", .string, .required)
            .field("note", .string, .required)
            .field("detail", .string, .required)
            .create()
        try await database.sqlIndex(name: "work_order_events_order_idx", on: "work_order_events", columns: ["work_order_id", "id"])
        for statement in AppendOnlyGuard.createStatements(table: "work_order_events", postgres: database.isPostgres) {
            try await database.sql.raw(SQLQueryString(statement)).run()
        }
    }

    func revert(on database: any Database) async throws {
        for statement in AppendOnlyGuard.dropStatements(table: "work_order_events", postgres: database.isPostgres) {
            try await database.sql.raw(SQLQueryString(statement)).run()
        }
        try await database.schema("work_order_events").delete()
    }
}
