import Fluent

/// Clock pauses (期限中止): 补正, verification, force majeure. `ended_on` is empty while paused.
struct M021_CreateWorkOrderPauses: AsyncMigration {
    var name: String { "M021_CreateWorkOrderPauses" }

    func prepare(on database: any Database) async throws {
        try await database.schema("work_order_pauses")
            .field("id", .int, .identifier(auto: true))
            .field("work_order_id", .int, .required, .references("work_orders", "id"))
            .field("reason", .string, .required)
            .field("started_on", .string, .required)
            .field("ended_on", .string)
            .create()
        try await database.sqlIndex(name: "work_order_pauses_order_idx", on: "work_order_pauses", columns: ["work_order_id"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema("work_order_pauses").delete()
    }
}
