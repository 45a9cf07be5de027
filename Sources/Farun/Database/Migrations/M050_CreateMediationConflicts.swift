import Fluent

/// Conflict-of-interest declarations and findings (回避), kept even when they stop an assignment.
struct M050_CreateMediationConflicts: AsyncMigration {
    var name: String { "M050_CreateMediationConflicts" }

    func prepare(on database: any Database) async throws {
        try await database.schema("mediation_conflicts")
            .field("id", .int, .identifier(auto: true))
            .field("case_id", .int, .required, .references("mediation_cases", "id"))
            .field("staff_id", .int, .required, .references("staff_users", "id"))
            .field("party_position", .int)
            // A ConflictRelation raw value, or "none" for a declaration of no conflict
            .field("relation", .string, .required)
            .field("detected", .bool, .required)
            .field("recorded_by_id", .int, .references("staff_users", "id"))
            .field("recorded_at", .datetime, .required)
            .create()
        try await database.sqlIndex(name: "mediation_conflicts_case_idx", on: "mediation_conflicts", columns: ["case_id", "staff_id"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema("mediation_conflicts").delete()
    }
}
