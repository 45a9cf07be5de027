import Fluent

/// The service catalog (服务清单). Materials and limits are JSON documents: they are read and written whole.
struct M015_CreateServiceTypes: AsyncMigration {
    var name: String { "M015_CreateServiceTypes" }

    func prepare(on database: any Database) async throws {
        try await database.schema("service_types")
            .field("id", .int, .identifier(auto: true))
            .field("code", .string, .required)
            .field("name_zh", .string, .required)
            .field("name_en", .string, .required)
            .field("handler", .string, .required)
            .field("materials", .string, .required)
            .field("acceptance_limit", .string)
            .field("handling_limit", .string)
            .field("other_limits", .string, .required)
            .field("channels", .string, .required)
            .field("is_free", .bool, .required)
            .field("sort_order", .int, .required)
            .field("retired_at", .datetime)
            .field("version", .int, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "code")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("service_types").delete()
    }
}
