import Fluent

/// One thread per answering lawyer and consultation (一对一会话); the unique pair is what makes a lawyer count once.
struct M034_CreateConsultationThreads: AsyncMigration {
    var name: String { "M034_CreateConsultationThreads" }

    func prepare(on database: any Database) async throws {
        try await database.schema("consultation_threads")
            .field("id", .int, .identifier(auto: true))
            .field("consultation_id", .uuid, .required, .references("consultations", "id"))
            .field("lawyer_id", .int, .required, .references("staff_users", "id"))
            .field("created_at", .datetime, .required)
            .field("rating", .int)
            .field("unanswered_follow_up_since", .datetime)
            .unique(on: "consultation_id", "lawyer_id")
            .create()
        try await database.sqlIndex(name: "consultation_threads_lawyer_idx", on: "consultation_threads", columns: ["lawyer_id", "created_at"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema("consultation_threads").delete()
    }
}
