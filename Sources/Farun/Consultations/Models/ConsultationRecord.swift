import Fluent
import FarunCore
import Foundation

/// A stored online consultation (快解答咨询). Named "record" because the domain value is FarunCore's
/// `Consultation`; `domain(threads:)` and `copy(_:)` map between them.
final class ConsultationRecord: Model, @unchecked Sendable {
    static let schema = "consultations"

    @ID(custom: "id", generatedBy: .user) var id: UUID?

    // Asker: a citizen account, or a phone (encrypted, keyed hash, masked copy for screens)
    @OptionalParent(key: "citizen_id") var citizen: Citizen?
    @OptionalField(key: "asker_phone") var askerPhoneEncrypted: String?
    @OptionalField(key: "asker_phone_hash") var askerPhoneHash: String?
    @Field(key: "asker_phone_masked") var askerPhoneMasked: String

    // Question: masked for lawyers; the original only encrypted
    @Field(key: "question") var question: String
    @Field(key: "question_original") var questionOriginalEncrypted: String
    /// The kinds of personal data masked, comma-separated `PersonalDataMasking.Kind` raw values.
    @Field(key: "masked_kinds") var maskedKinds: String
    @Field(key: "field") var field: QuestionField
    /// What the classifier suggested (kept to measure how often citizens correct it).
    @Field(key: "suggested_field") var suggestedField: QuestionField
    @Parent(key: "region_id") var region: Region
    @Field(key: "region_path") var regionPath: String

    // Lifecycle (see ConsultationLifecycle)
    @Field(key: "state") var state: ConsultationState
    @Field(key: "asked_at") var askedAt: Date
    @Field(key: "last_activity_at") var lastActivityAt: Date
    @OptionalField(key: "closed_at") var closedAt: Date?
    @OptionalField(key: "close_reason") var closeReason: ConsultationCloseReason?
    /// The lawyer whose thread the citizen marked most helpful (最佳解答); one thread per lawyer.
    @OptionalParent(key: "best_lawyer_id") var bestLawyer: StaffUser?
    @Field(key: "consents_to_publication") var consentsToPublication: Bool
    @OptionalField(key: "published_at") var publishedAt: Date?
    /// Incremented by every change.
    @Field(key: "version") var version: Int

    init() {}

    var path: RegionPath { RegionPath(regionPath) ?? RegionPath(ids: []) }

    /// The domain value, given this consultation's threads with their entries (in first-answer order).
    func domain(threads: [ConsultationThread]) throws -> Consultation {
        Consultation(restoring: try requireID(), askedAt: askedAt, regionPath: path, field: field, state: state, threads: threads,
                     lastActivityAt: lastActivityAt, closedAt: closedAt, closeReason: closeReason,
                     bestLawyer: $bestLawyer.id.map(String.init), consentsToPublication: consentsToPublication,
                     publishedAt: publishedAt)
    }

    /// Copies what the lifecycle may change from `consultation` (not threads: they have their own rows).
    func copy(_ consultation: Consultation) {
        field = consultation.field
        state = consultation.state
        lastActivityAt = consultation.lastActivityAt
        closedAt = consultation.closedAt
        closeReason = consultation.closeReason
        $bestLawyer.id = consultation.bestLawyer.flatMap { Int($0) }
        consentsToPublication = consultation.consentsToPublication
        publishedAt = consultation.publishedAt
    }
}
