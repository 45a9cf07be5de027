import Fluent

/// Notices of notified defence or representation (通知辩护/通知代理) from courts, procuratorates and police
/// (法律援助法 第二十五、二十八、三十六条): one per legal aid application created from a notice.
struct M056_CreateLegalAidNotices: AsyncMigration {
    var name: String { "M056_CreateLegalAidNotices" }

    func prepare(on database: any Database) async throws {
        try await database.schema("legal_aid_notices")
            .field("id", .int, .identifier(auto: true))
            .field("application_id", .int, .required, .references("legal_aid_applications", "id"))
            .field("organ", .string, .required)
            .field("organ_name", .string, .required)
            .field("notice_number", .string, .required)
            .field("received_on", .string, .required)
            .field("ground", .string, .required)
            .field("charge", .string, .required)
            .field("stage", .string, .required)
            .field("appointment_due", .string, .required)
            .field("appointment_due_provisional", .bool, .required)
            .field("created_by_id", .int, .references("staff_users", "id"))
            .field("created_at", .datetime, .required)
            .unique(on: "application_id")
            // The same notice registered twice would appoint two lawyers.
            .unique(on: "organ_name", "notice_number")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("legal_aid_notices").delete()
    }
}
