import Fluent

/// The assigned provider's case record: progress notes and hearing dates (开庭/仲裁/调解日期).
struct M044_CreateLegalAidCaseNotes: AsyncMigration {
    var name: String { "M044_CreateLegalAidCaseNotes" }

    func prepare(on database: any Database) async throws {
        try await database.schema("legal_aid_case_notes")
            .field("id", .int, .identifier(auto: true))
            .field("application_id", .int, .required, .references("legal_aid_applications", "id"))
            .field("kind", .string, .required)
            .field("on_date", .string, .required)
            .field("text", .string, .required)
            .field("author_id", .int, .references("staff_users", "id"))
            .field("author_name", .string, .required)
            .field("created_at", .datetime, .required)
            .create()
        try await database.sqlIndex(name: "legal_aid_case_notes_app_idx", on: "legal_aid_case_notes", columns: ["application_id", "on_date"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema("legal_aid_case_notes").delete()
    }
}
