import Fluent

/// A consultation handed on to another service (转办): the work order a lawyer opened for it. Unique per consultation
/// and service, so the same service is asked for once, even by two lawyers at the same moment.
struct M040_CreateConsultationReferrals: AsyncMigration {
    var name: String { "M040_CreateConsultationReferrals" }

    func prepare(on database: any Database) async throws {
        try await database.schema("consultation_referrals")
            .field("id", .int, .identifier(auto: true))
            .field("consultation_id", .uuid, .required, .references("consultations", "id"))
            .field("service_code", .string, .required)
            .field("work_order_id", .int, .required, .references("work_orders", "id"))
            .field("lawyer_id", .int, .required, .references("staff_users", "id"))
            .field("created_at", .datetime, .required)
            .unique(on: "consultation_id", "service_code")
            .create()
        try await database.sqlIndex(name: "consultation_referrals_order_idx", on: "consultation_referrals", columns: ["work_order_id"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema("consultation_referrals").delete()
    }
}
