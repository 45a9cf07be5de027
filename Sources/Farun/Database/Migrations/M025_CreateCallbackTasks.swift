import Fluent

/// Call-back tasks (回访/回拨): a missed hotline call, or a 不满意 rating for the unit head.
struct M025_CreateCallbackTasks: AsyncMigration {
    var name: String { "M025_CreateCallbackTasks" }

    func prepare(on database: any Database) async throws {
        try await database.schema("callback_tasks")
            .field("id", .int, .identifier(auto: true))
            .field("kind", .string, .required)
            .field("call_record_id", .int, .references("call_records", "id"))
            .field("work_order_id", .int, .references("work_orders", "id"))
            .field("unit_id", .int, .references("units", "id"))
            .field("region_path", .string, .required)
            .field("assignee_id", .int, .references("staff_users", "id"))
            .field("due_at", .datetime, .required)
            .field("done_at", .datetime)
            .field("done_by_id", .int, .references("staff_users", "id"))
            .field("outcome", .string, .required)
            .field("created_at", .datetime, .required)
            .field("version", .int, .required)
            .create()
        try await database.sqlIndex(name: "callback_tasks_open_idx", on: "callback_tasks", columns: ["done_at", "due_at"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema("callback_tasks").delete()
    }
}
