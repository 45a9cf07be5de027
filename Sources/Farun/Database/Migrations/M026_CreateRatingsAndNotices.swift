import Fluent

/// Satisfaction ratings (满意度评价), one per order, and the messages a citizen sees on the tracking page.
struct M026_CreateRatingsAndNotices: AsyncMigration {
    var name: String { "M026_CreateRatingsAndNotices" }

    func prepare(on database: any Database) async throws {
        try await database.schema("ratings")
            .field("id", .int, .identifier(auto: true))
            .field("work_order_id", .int, .required, .references("work_orders", "id"))
            .field("unit_id", .int, .references("units", "id"))
            .field("region_path", .string, .required)
            .field("score", .string, .required)
            .field("comment", .string, .required)
            .field("created_at", .datetime, .required)
            .unique(on: "work_order_id")
            .create()
        try await database.schema("citizen_notices")
            .field("id", .int, .identifier(auto: true))
            .field("work_order_id", .int, .required, .references("work_orders", "id"))
            .field("kind", .string, .required)
            .field("text_zh", .string, .required)
            .field("text_en", .string, .required)
            .field("created_at", .datetime, .required)
            .create()
        try await database.sqlIndex(name: "citizen_notices_order_idx", on: "citizen_notices", columns: ["work_order_id"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema("citizen_notices").delete()
        try await database.schema("ratings").delete()
    }
}
