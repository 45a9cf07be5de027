import Fluent

/// What the recipient says about the service (受援人评价与投诉): ratings taken by phone (回访, the rating itself is
/// the order's row in `ratings`, one per order) and complaints asking to replace the provider (法律援助法 第五十五条).
struct M055_CreateLegalAidFeedback: AsyncMigration {
    var name: String { "M055_CreateLegalAidFeedback" }

    func prepare(on database: any Database) async throws {
        try await database.schema("legal_aid_feedback")
            .field("id", .int, .identifier(auto: true))
            .field("application_id", .int, .required, .references("legal_aid_applications", "id"))
            .field("kind", .string, .required)
            .field("channel", .string, .required)
            .field("rating_id", .int, .references("ratings", "id"))
            .field("text", .string, .required)
            .field("asks_replacement", .bool, .required)
            .field("provider_name", .string, .required)
            .field("by_id", .int, .references("staff_users", "id"))
            .field("by_name", .string, .required)
            .field("created_at", .datetime, .required)
            .create()
        try await database.sqlIndex(name: "legal_aid_feedback_app_idx", on: "legal_aid_feedback", columns: ["application_id"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema("legal_aid_feedback").delete()
    }
}
