import Fluent

/// Dispute screening reports (矛盾纠纷排查): one per service point and month.
struct M052_CreateScreeningReports: AsyncMigration {
    var name: String { "M052_CreateScreeningReports" }

    func prepare(on database: any Database) async throws {
        try await database.schema("screening_reports")
            .field("id", .int, .identifier(auto: true))
            .field("service_point_id", .int, .required, .references("service_points", "id"))
            .field("region_path", .string, .required)
            .field("period", .string, .required)
            .field("found", .int, .required)
            .field("resolved", .int, .required)
            .field("escalated", .int, .required)
            .field("notes", .string, .required)
            .field("submitted_by_id", .int, .references("staff_users", "id"))
            .field("submitted_at", .datetime, .required)
            .unique(on: "service_point_id", "period")
            .create()
        try await database.sqlIndex(name: "screening_reports_region_idx", on: "screening_reports", columns: ["region_path", "period"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema("screening_reports").delete()
    }
}
