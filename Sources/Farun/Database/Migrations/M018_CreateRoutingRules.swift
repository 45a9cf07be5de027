import Fluent

/// Routing rules (分流规则): service (or any) × region subtree → handling unit.
struct M018_CreateRoutingRules: AsyncMigration {
    var name: String { "M018_CreateRoutingRules" }

    func prepare(on database: any Database) async throws {
        try await database.schema("routing_rules")
            .field("id", .int, .identifier(auto: true))
            .field("service_code", .string)
            .field("region_id", .int, .required, .references("regions", "id"))
            .field("region_path", .string, .required)
            .field("unit_id", .int, .required, .references("units", "id", onDelete: .cascade))
            .field("created_at", .datetime)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("routing_rules").delete()
    }
}
