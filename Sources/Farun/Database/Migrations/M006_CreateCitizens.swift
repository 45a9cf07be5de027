import Fluent

struct M006_CreateCitizens: AsyncMigration {
    var name: String { "M006_CreateCitizens" }

    func prepare(on database: any Database) async throws {
        try await database.schema("citizens")
            .field("id", .int, .identifier(auto: true))
            .field("phone_cipher", .string, .required)
            .field("phone_hash", .string, .required)
            .field("display_name", .string, .required)
            .field("password_hash", .string, .required)
            .field("failed_sign_ins", .int, .required)
            .field("locked_until", .datetime)
            .field("created_at", .datetime)
            .unique(on: "phone_hash")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("citizens").delete()
    }
}
