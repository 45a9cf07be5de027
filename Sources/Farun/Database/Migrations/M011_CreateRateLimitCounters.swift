import Fluent

struct M011_CreateRateLimitCounters: AsyncMigration {
    var name: String { "M011_CreateRateLimitCounters" }

    func prepare(on database: any Database) async throws {
        try await database.schema("rate_limit_counters")
            .field("id", .int, .identifier(auto: true))
            .field("key", .string, .required)
            .field("window_start", .datetime, .required)
            .field("hits", .int, .required)
            .unique(on: "key")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("rate_limit_counters").delete()
    }
}
