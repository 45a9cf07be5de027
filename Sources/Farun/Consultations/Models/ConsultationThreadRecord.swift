import Fluent
import FarunCore
import Foundation

/// The conversation of one lawyer with the asker (一对一会话); unique per consultation and lawyer.
final class ConsultationThreadRecord: Model, @unchecked Sendable {
    static let schema = "consultation_threads"

    @ID(custom: "id", generatedBy: .database) var id: Int?

    // Who
    @Parent(key: "consultation_id") var consultation: ConsultationRecord
    @Parent(key: "lawyer_id") var lawyer: StaffUser

    // State (derived from the entries by the domain, stored for the workbench's lists)
    /// The lawyer's first answer.
    @Field(key: "created_at") var createdAt: Date
    /// The citizen's rating, 1…5 (评价).
    @OptionalField(key: "rating") var rating: Int?
    /// The earliest follow-up waiting for the lawyer's reply (待回复追问).
    @OptionalField(key: "unanswered_follow_up_since") var unansweredFollowUpSince: Date?

    init() {}

    /// The domain thread from this row and its entries (oldest first).
    func domain(entries: [ConsultationEntryRecord]) -> ConsultationThread? {
        ConsultationThread(restoring: String($lawyer.id), entries: entries.map { ConsultationEntry(kind: $0.kind, at: $0.at) },
                           rating: rating)
    }
}
