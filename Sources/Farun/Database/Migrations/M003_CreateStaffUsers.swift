import Fluent

struct M003_CreateStaffUsers: AsyncMigration {
    var name: String { "M003_CreateStaffUsers" }

    func prepare(on database: any Database) async throws {
        try await database.schema("staff_users")
            .field("id", .int, .identifier(auto: true))
            .field("username", .string, .required)
            .field("display_name", .string, .required)
            .field("password_hash", .string, .required)
            .field("must_change_password", .bool, .required)
            .field("failed_sign_ins", .int, .required)
            .field("locked_until", .datetime)
            .field("password_changed_at", .datetime)
            .field("disabled_at", .datetime)
            .field("last_sign_in_at", .datetime)
            .field("is_demo", .bool, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "username")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("staff_users").delete()
    }
}
