import FarunCore
import Foundation
import Vapor

/// What the citizen's page polls: enough to know whether to fetch the page again.
struct ConsultationStatusDTO: Content {
    let id: UUID
    let state: String
    /// Answers in all threads (a reply to a follow-up counts too).
    let answers: Int
    let last_answer_at: Date?
}

struct ConsultationReferralRequestDTO: Content {
    /// A service code from the catalog, e.g. LEGAL_AID.
    let service: String?
}

struct ConsultationReferralDTO: Content {
    let consultation_id: UUID
    let service: String
    let work_order_id: Int
    let work_order_number: String
    let created_at: Date
    /// LEGAL_AID: the legal aid application made with the order (null for other services).
    var legal_aid_application_id: Int? = nil
}

struct ConsultationReviewItemDTO: Content {
    let id: UUID
    let question: String
    let field: String
    let region_id: Int
    let closed_at: Date?
}

/// The pre-filled FAQ text and what still looks personal in it.
struct ConsultationReviewDraftDTO: Content {
    let id: UUID
    let title: String
    let summary: String
    let body: String
    let legal_field: String
    let articles: [String]
    let source: String
    /// Pieces of title, summary and body that look like personal data (digits, names).
    let flagged: [String]

    init(id: UUID, _ draft: ConsultationReviews.Draft) {
        self.id = id
        title = draft.title
        summary = draft.summary
        body = draft.body
        legal_field = draft.legalField
        articles = draft.articles.split(whereSeparator: \.isNewline).map(String.init)
        source = draft.source
        flagged = PersonalDataHints.flagged(draft.title) + PersonalDataHints.flagged(draft.summary) + PersonalDataHints.flagged(draft.body)
    }
}

struct ConsultationReviewRequestDTO: Content {
    /// publish or reject.
    let decision: String
    let title: String?
    let summary: String?
    let body: String?
    let legal_field: String?
    let articles: [String]?
    let source: String?
    /// Reject: why (optional).
    let note: String?
}

struct ConsultationReviewResultDTO: Content {
    let id: UUID
    let outcome: String
    /// The published FAQ (publish only).
    let knowledge_entry_id: Int?
}
