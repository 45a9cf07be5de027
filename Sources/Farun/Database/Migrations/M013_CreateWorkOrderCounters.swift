import Fluent

/// One row per region prefix and day; `last_value` is the last work order sequence handed out.
struct M013_CreateWorkOrderCounters: AsyncMigration {
    var name: String { "M013_CreateWorkOrderCounters" }

    func prepare(on database: any Database) async throws {
        try await database.schema("work_order_counters")
            .field("id", .int, .identifier(auto: true))
            .field("region_prefix", .string, .required)
            .field("day", .string, .required)
            .field("last_value", .int, .required)
            .unique(on: "region_prefix", "day")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("work_order_counters").delete()
    }
}
