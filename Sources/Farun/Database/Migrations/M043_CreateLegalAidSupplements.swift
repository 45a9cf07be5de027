import Fluent

/// Supplement rounds (补充材料): the one-time notice of every missing item (法律援助法 第四十三条第二款), its reply
/// date, and when the materials arrived or the application lapsed. Each round pauses the decision clock.
struct M043_CreateLegalAidSupplements: AsyncMigration {
    var name: String { "M043_CreateLegalAidSupplements" }

    func prepare(on database: any Database) async throws {
        try await database.schema("legal_aid_supplements")
            .field("id", .int, .identifier(auto: true))
            .field("application_id", .int, .required, .references("legal_aid_applications", "id"))
            .field("items", .string, .required)
            .field("notice_on", .string, .required)
            .field("reply_due", .string, .required)
            .field("supplied_on", .string)
            .field("lapsed_on", .string)
            .field("created_by_id", .int, .references("staff_users", "id"))
            .create()
        try await database.sqlIndex(name: "legal_aid_supplements_app_idx", on: "legal_aid_supplements", columns: ["application_id"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema("legal_aid_supplements").delete()
    }
}
