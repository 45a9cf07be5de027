import Fluent

/// The mediation record of a dispute (人民调解案件): one per work order of the PEOPLES_MEDIATION service, holding
/// what the work order cannot (type, amount, stage, failure and referral).
struct M046_CreateMediationCases: AsyncMigration {
    var name: String { "M046_CreateMediationCases" }

    func prepare(on database: any Database) async throws {
        try await database.schema("mediation_cases")
            .field("id", .int, .identifier(auto: true))
            .field("work_order_id", .int, .required, .references("work_orders", "id"))
            .field("dispute_type", .string, .required)
            .field("urgency", .string, .required)
            .field("amount_fen", .int64)
            .field("summary", .string, .required)
            .field("stage", .string, .required)
            .field("committee_name", .string, .required)
            // Copies of the order's place, so statistics need no join
            .field("region_path", .string, .required)
            .field("service_point_id", .int, .references("service_points", "id"))
            .field("accepted_on", .string, .required)
            // 人民调解法第二十五条: when the police were told
            .field("police_reported_on", .string)
            // Outcome
            .field("failure_reason", .string)
            .field("failure_note", .string, .required)
            .field("referral", .string)
            .field("referral_order_id", .int, .references("work_orders", "id"))
            .field("concluded_on", .string)
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .field("version", .int, .required)
            .unique(on: "work_order_id")
            .create()
        try await database.sqlIndex(name: "mediation_cases_region_idx", on: "mediation_cases", columns: ["region_path", "accepted_on"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema("mediation_cases").delete()
    }
}
