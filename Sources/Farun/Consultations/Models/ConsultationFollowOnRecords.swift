import Fluent
import FarunCore
import Foundation

/// A consultation handed on to a service from the catalog (转办): the work order opened for it (see M040).
final class ConsultationReferral: Model, @unchecked Sendable {
    static let schema = "consultation_referrals"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Parent(key: "consultation_id") var consultation: ConsultationRecord
    @Field(key: "service_code") var serviceCode: String
    @Parent(key: "work_order_id") var workOrder: WorkOrder
    /// The lawyer who marked the need.
    @Parent(key: "lawyer_id") var lawyer: StaffUser
    @Field(key: "created_at") var createdAt: Date

    init() {}
}

/// What the FAQ review decided. Raw values are stored; never rename them.
enum ConsultationReviewOutcome: String, Codable, Sendable, CaseIterable {
    case published
    /// Not suitable as an FAQ; the consultation stays closed.
    case rejected
}

/// The FAQ review of a consultation (发布审核), one per consultation (see M041).
final class ConsultationReview: Model, @unchecked Sendable {
    static let schema = "consultation_reviews"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Parent(key: "consultation_id") var consultation: ConsultationRecord
    @Field(key: "outcome") var outcome: ConsultationReviewOutcome
    @Parent(key: "reviewer_id") var reviewer: StaffUser
    @Field(key: "reviewed_at") var reviewedAt: Date
    /// The redacted question and answer as published (empty when rejected).
    @Field(key: "question") var question: String
    @Field(key: "answer") var answer: String
    /// Why it was rejected (may be empty).
    @Field(key: "note") var note: String
    @OptionalParent(key: "knowledge_entry_id") var knowledgeEntry: KnowledgeEntry?

    init() {}
}
