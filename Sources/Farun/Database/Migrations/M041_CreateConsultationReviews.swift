import Fluent

/// The FAQ review of a closed consultation (发布审核): who reviewed, the outcome (published or rejected), the
/// redacted text that was published and the knowledge entry it became. One per consultation.
struct M041_CreateConsultationReviews: AsyncMigration {
    var name: String { "M041_CreateConsultationReviews" }

    func prepare(on database: any Database) async throws {
        try await database.schema("consultation_reviews")
            .field("id", .int, .identifier(auto: true))
            .field("consultation_id", .uuid, .required, .references("consultations", "id"))
            .field("outcome", .string, .required)
            .field("reviewer_id", .int, .required, .references("staff_users", "id"))
            .field("reviewed_at", .datetime, .required)
            .field("question", .string, .required)
            .field("answer", .string, .required)
            .field("note", .string, .required)
            .field("knowledge_entry_id", .int, .references("knowledge_entries", "id"))
            .unique(on: "consultation_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("consultation_reviews").delete()
    }
}
