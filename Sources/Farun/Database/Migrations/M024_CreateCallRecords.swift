import Fluent

/// 12348 call records posted by the switchboard. The caller's number is encrypted with a look-up hash.
struct M024_CreateCallRecords: AsyncMigration {
    var name: String { "M024_CreateCallRecords" }

    func prepare(on database: any Database) async throws {
        try await database.schema("call_records")
            .field("id", .int, .identifier(auto: true))
            .field("external_id", .string, .required)
            .field("caller", .string, .required)
            .field("caller_hash", .string, .required)
            .field("caller_masked", .string, .required)
            .field("ring_at", .datetime, .required)
            .field("answered_at", .datetime)
            .field("ended_at", .datetime, .required)
            .field("answered", .bool, .required)
            .field("operator_id", .int, .references("staff_users", "id"))
            .field("recording_ref", .string, .required)
            .field("region_id", .int, .required, .references("regions", "id"))
            .field("region_path", .string, .required)
            .field("work_order_id", .int, .references("work_orders", "id"))
            .field("created_at", .datetime, .required)
            .unique(on: "external_id")
            .create()
        try await database.sqlIndex(name: "call_records_ring_idx", on: "call_records", columns: ["ring_at"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema("call_records").delete()
    }
}
