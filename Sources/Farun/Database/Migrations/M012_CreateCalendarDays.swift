import Fluent

struct M012_CreateCalendarDays: AsyncMigration {
    var name: String { "M012_CreateCalendarDays" }

    func prepare(on database: any Database) async throws {
        try await database.schema("calendar_years")
            .field("id", .int, .identifier(auto: true))
            .field("year", .int, .required)
            .field("source", .string, .required)
            .field("updated_at", .datetime)
            .unique(on: "year")
            .create()
        try await database.schema("calendar_days")
            .field("id", .int, .identifier(auto: true))
            .field("date", .string, .required)
            .field("kind", .string, .required)
            .field("name", .string, .required)
            .field("year", .int, .required, .references("calendar_years", "year", onDelete: .cascade))
            .unique(on: "date")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("calendar_days").delete()
        try await database.schema("calendar_years").delete()
    }
}
