import FarunCore
import Foundation
import Vapor

/// A consultation in the API: the masked question, its state and one thread per answering lawyer. The id is the
/// citizen's capability: whoever holds it may read, follow up and rate.
struct ConsultationDTO: Content {
    struct Entry: Content {
        /// answer or follow_up.
        let kind: String
        let text: String
        let at: Date
        let articles: [String]
    }

    struct Thread: Content {
        let lawyer_id: Int
        let lawyer_name: String
        let rating: Int?
        let most_helpful: Bool
        let awaiting_reply: Bool
        let entries: [Entry]
    }

    let id: UUID
    /// The citizen's page for this question.
    let url: String
    let question: String
    let field: String
    let suggested_field: String
    let region_id: Int
    let state: String
    let asked_at: Date
    let required_lawyers: Int
    let consents_to_publication: Bool
    let threads: [Thread]

    init(_ shown: ConsultationActions.Shown, policy: ConsultationPolicy = .standard) {
        let record = shown.loaded.record
        let consultation = shown.loaded.consultation
        id = consultation.id
        url = SiteURL.consultation(consultation.id.uuidString).path
        question = record.question
        field = record.field.rawValue
        suggested_field = record.suggestedField.rawValue
        region_id = record.$region.id
        state = consultation.state.rawValue
        asked_at = record.askedAt
        required_lawyers = policy.requiredLawyers
        consents_to_publication = consultation.consentsToPublication
        threads = shown.loaded.threads.map { thread in
            let lawyer = thread.$lawyer.id
            let entries = shown.loaded.entries[thread.id ?? 0] ?? []
            return Thread(lawyer_id: lawyer, lawyer_name: shown.lawyerNames[lawyer] ?? "",
                          rating: thread.rating, most_helpful: consultation.bestLawyer == String(lawyer),
                          awaiting_reply: thread.unansweredFollowUpSince != nil,
                          entries: entries.map {
                              Entry(kind: $0.kind.rawValue, text: $0.text, at: $0.at,
                                    articles: $0.articleReferences.split(separator: "\n").map(String.init))
                          })
        }
    }
}

struct ConsultationAskDTO: Content {
    let question: String?
    /// A legal field (labour, marriage_family … other); omitted: the classifier's suggestion.
    let field: String?
    let region_id: Int?
    /// Anonymous askers: a mobile number. Signed-in citizens ask as themselves.
    let phone: String?
    let consent_to_publication: Bool?
}

struct ConsultationMessageDTO: Content {
    let text: String?
    /// Answers only: article references such as 劳动合同法 第三十条.
    let articles: [String]?
    /// Follow-ups only: the lawyer whose thread the follow-up goes to.
    let lawyer_id: Int?
}

struct ConsultationRatingDTO: Content {
    let lawyer_id: Int
    /// 1…5.
    let score: Int?
    let most_helpful: Bool?
    let consent_to_publication: Bool?
}
