import Fluent
import FarunCore
import Foundation

/// 督办记录: a supervisor's note on a late matter, visible to the officers and the assigned provider.
final class LegalAidSupervisionNote: Model, @unchecked Sendable {
    static let schema = "legal_aid_supervisions"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Parent(key: "application_id") var application: LegalAidApplication
    @Field(key: "kind") var kind: LegalAidSupervision.Kind
    @Field(key: "note") var note: String
    /// The due date and lateness the supervisor saw when writing the note.
    @Field(key: "due_on") var dueOn: String
    @Field(key: "late") var late: Int
    /// The unit `late` is counted in (calendar or working days, as the rule says).
    @Field(key: "unit") var unit: PeriodUnit
    /// A message went to the outbox for the holder.
    @Field(key: "notified") var notified: Bool
    @OptionalParent(key: "by_id") var by: StaffUser?
    @Field(key: "by_name") var byName: String
    @Field(key: "created_at") var createdAt: Date

    init() {}
}

/// The recipient's word on the service: a rating taken by phone (回访; the rating itself is the order's `Rating`)
/// or a complaint asking to replace the provider (法律援助法 第五十五条).
final class LegalAidFeedback: Model, @unchecked Sendable {
    static let schema = "legal_aid_feedback"

    enum Kind: String, Codable, Sendable, CaseIterable {
        /// 回访评价: the officer records the recipient's rating given on the phone.
        case callbackRating = "callback_rating"
        /// 投诉: the recipient complains about the provider, possibly asking for another one.
        case complaint
    }

    enum Channel: String, Codable, Sendable, CaseIterable {
        /// On the citizen's own tracking page.
        case citizen
        /// Recorded by staff from a call.
        case callback
    }

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Parent(key: "application_id") var application: LegalAidApplication
    @Field(key: "kind") var kind: Kind
    @Field(key: "channel") var channel: Channel
    @OptionalParent(key: "rating_id") var rating: Rating?
    @Field(key: "text") var text: String
    @Field(key: "asks_replacement") var asksReplacement: Bool
    /// The provider complained about (or rated), as named at the time.
    @Field(key: "provider_name") var providerName: String
    @OptionalParent(key: "by_id") var by: StaffUser?
    @Field(key: "by_name") var byName: String
    @Field(key: "created_at") var createdAt: Date

    init() {}
}
