import Fluent

/// 督办记录: a supervisor's note on a late legal aid matter (法律援助法 第五十九条), shown to the officers and the
/// assigned provider on the case page.
struct M054_CreateLegalAidSupervisions: AsyncMigration {
    var name: String { "M054_CreateLegalAidSupervisions" }

    func prepare(on database: any Database) async throws {
        try await database.schema("legal_aid_supervisions")
            .field("id", .int, .identifier(auto: true))
            .field("application_id", .int, .required, .references("legal_aid_applications", "id"))
            .field("kind", .string, .required)
            .field("note", .string, .required)
            .field("due_on", .string, .required)
            .field("late", .int, .required)
            .field("unit", .string, .required)
            .field("notified", .bool, .required)
            .field("by_id", .int, .references("staff_users", "id"))
            .field("by_name", .string, .required)
            .field("created_at", .datetime, .required)
            .create()
        try await database.sqlIndex(name: "legal_aid_supervisions_app_idx", on: "legal_aid_supervisions", columns: ["application_id"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema("legal_aid_supervisions").delete()
    }
}
