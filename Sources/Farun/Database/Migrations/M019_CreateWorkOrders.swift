import Fluent

/// Work orders (工单). Requester phone and ID number are encrypted, with keyed hashes for look-up.
struct M019_CreateWorkOrders: AsyncMigration {
    var name: String { "M019_CreateWorkOrders" }

    func prepare(on database: any Database) async throws {
        try await database.schema("work_orders")
            .field("id", .int, .identifier(auto: true))
            .field("number", .string, .required)
            .field("service_code", .string, .required)
            .field("channel", .string, .required)
            .field("state", .string, .required)
            .field("resume_state", .string)
            .field("priority", .string, .required)
            .field("green_channel", .string)
            .field("green_channel_note", .string, .required)
            // Requester
            .field("requester_name", .string, .required)
            .field("requester_phone", .string, .required)
            .field("requester_phone_hash", .string, .required)
            .field("requester_phone_masked", .string, .required)
            .field("resident_id", .string)
            .field("resident_id_hash", .string)
            .field("resident_id_masked", .string, .required)
            .field("citizen_id", .int, .references("citizens", "id"))
            .field("matter", .string, .required)
            // Place and handling
            .field("region_id", .int, .required, .references("regions", "id"))
            .field("region_path", .string, .required)
            .field("service_point_id", .int, .references("service_points", "id"))
            .field("unit_id", .int, .references("units", "id"))
            .field("assignee_id", .int, .references("staff_users", "id"))
            .field("created_by_id", .int, .references("staff_users", "id"))
            .field("parent_id", .int, .references("work_orders", "id"))
            .field("follows_id", .int, .references("work_orders", "id"))
            .field("missing_materials", .string, .required)
            .field("outcome", .string, .required)
            // Deadlines (dates as YYYY-MM-DD)
            .field("submitted_on", .string, .required)
            .field("accepted_on", .string)
            .field("acceptance_due", .string)
            .field("acceptance_due_provisional", .bool, .required)
            .field("handling_due", .string)
            .field("handling_due_provisional", .bool, .required)
            .field("deadline_flag", .string, .required)
            .field("escalated_at", .datetime)
            // Times and version
            .field("submitted_at", .datetime, .required)
            .field("resolved_at", .datetime)
            .field("closed_at", .datetime)
            .field("updated_at", .datetime, .required)
            .field("version", .int, .required)
            .unique(on: "number")
            .create()
        try await database.sqlIndex(name: "work_orders_queue_idx", on: "work_orders", columns: ["unit_id", "state", "submitted_at"])
        try await database.sqlIndex(name: "work_orders_assignee_idx", on: "work_orders", columns: ["assignee_id", "state"])
        try await database.sqlIndex(name: "work_orders_region_path_idx", on: "work_orders", columns: ["region_path"])
        try await database.sqlIndex(name: "work_orders_phone_idx", on: "work_orders", columns: ["requester_phone_hash"])
        try await database.sqlIndex(name: "work_orders_flag_idx", on: "work_orders", columns: ["deadline_flag", "state"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema("work_orders").delete()
    }
}
