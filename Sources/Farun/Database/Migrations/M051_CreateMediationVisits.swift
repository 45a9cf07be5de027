import Fluent

/// Follow-up visits on performance of an agreement (回访, 人民调解法第三十一条).
struct M051_CreateMediationVisits: AsyncMigration {
    var name: String { "M051_CreateMediationVisits" }

    func prepare(on database: any Database) async throws {
        try await database.schema("mediation_visits")
            .field("id", .int, .identifier(auto: true))
            .field("case_id", .int, .required, .references("mediation_cases", "id"))
            .field("visited_on", .string, .required)
            .field("mode", .string, .required)
            .field("performance", .string, .required)
            .field("notes", .string, .required)
            .field("recorded_by_id", .int, .references("staff_users", "id"))
            .field("recorded_at", .datetime, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("mediation_visits").delete()
    }
}
