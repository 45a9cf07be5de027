import Fluent
import FarunCore
import Foundation

/// A legal aid application (法律援助申请): the extra record of a LEGAL_AID work order. The work order holds the
/// applicant (encrypted phone and ID number), the matter, the region and the shared timeline.
final class LegalAidApplication: Model, @unchecked Sendable {
    static let schema = "legal_aid_applications"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Parent(key: "work_order_id") var workOrder: WorkOrder
    /// The work order's number (申请编号), copied for registers and documents.
    @Field(key: "number") var number: String
    @Parent(key: "region_id") var region: Region
    @Field(key: "region_path") var regionPath: String
    @Field(key: "state") var state: LegalAidState

    // The matter
    @Field(key: "category") var category: LegalAidCategory
    @Field(key: "service_form") var serviceForm: LegalAidServiceForm
    /// `LegalAidCircumstance` raw values, comma-separated.
    @Field(key: "circumstances") var circumstancesText: String
    /// `pledge`, `exempt:N`, `no_condition:N` or `not_applicable`: the screening at the time of application.
    @Field(key: "economic_review") var economicReview: String
    /// `LegalAidScreening.Priority` raw values, comma-separated.
    @Field(key: "priorities") var priorities: String
    @OptionalField(key: "days_to_limitation") var daysToLimitation: Int?
    @Field(key: "needs_preservation") var needsPreservation: Bool
    /// 经济困难状况说明 (第四十一条), in the applicant's words.
    @Field(key: "economic_statement") var economicStatement: String
    /// 个人诚信承诺: the name typed as the signature, and when.
    @Field(key: "pledge_signed_by") var pledgeSignedBy: String
    @Field(key: "pledge_signed_at") var pledgeSignedAt: Date

    // Opposing party (对方当事人)
    @Field(key: "opponent_name") var opponentName: String
    @OptionalField(key: "opponent_phone") var opponentPhoneEncrypted: String?
    @OptionalField(key: "opponent_phone_hash") var opponentPhoneHash: String?
    @Field(key: "opponent_phone_masked") var opponentPhoneMasked: String
    @OptionalField(key: "opponent_resident_id") var opponentResidentIDEncrypted: String?
    @OptionalField(key: "opponent_resident_id_hash") var opponentResidentIDHash: String?
    @Field(key: "opponent_resident_id_masked") var opponentResidentIDMasked: String

    // Review
    @Field(key: "received_on") var receivedOn: String
    @Field(key: "decision_due") var decisionDue: String
    @Field(key: "decision_due_provisional") var decisionDueProvisional: Bool
    /// The materials the officer ticked as received, one per line.
    @Field(key: "materials_checked") var materialsChecked: String
    /// When the officer last looked at the conflict check (shown before a decision).
    @OptionalField(key: "conflict_checked_at") var conflictCheckedAt: Date?
    /// `grant` or `refuse` (the latest decision).
    @OptionalField(key: "decision") var decision: String?
    @OptionalField(key: "decided_on") var decidedOn: String?
    /// The first decision, kept for statistics when an objection reopens the review.
    @OptionalField(key: "first_decided_on") var firstDecidedOn: String?
    @OptionalField(key: "first_granted") var firstGranted: Bool?
    @Field(key: "decision_reasons") var decisionReasons: String
    @Field(key: "extension_reason") var extensionReason: String
    @Field(key: "decided_late") var decidedLate: Bool
    @OptionalParent(key: "decided_by_id") var decidedBy: StaffUser?

    // Assignment and handling
    @OptionalField(key: "assignment_due") var assignmentDue: String?
    @OptionalParent(key: "provider_id") var provider: StaffUser?
    @Field(key: "provider_name") var providerName: String
    @OptionalField(key: "assigned_on") var assignedOn: String?
    @OptionalField(key: "termination_ground") var terminationGround: TerminationGround?
    @OptionalField(key: "outcome") var outcome: LegalAidOutcome?
    @Field(key: "amount_recovered_fen") var amountRecoveredFen: Int
    @Field(key: "closing_report") var closingReport: String
    @OptionalField(key: "closed_on") var closedOn: String?

    @Field(key: "created_at") var createdAt: Date
    @Field(key: "updated_at") var updatedAt: Date
    @Field(key: "version") var version: Int

    // Made in one step from a call or a consultation (M053): where from, and what the applicant must still give.
    /// `LegalAidOrigin` raw value, empty for the application form.
    @Field(key: "origin") var origin: String
    /// The call record's id or the consultation's id.
    @Field(key: "origin_ref") var originRef: String
    /// `LegalAidMissingField` raw values, comma-separated.
    @Field(key: "missing_fields") var missingFields: String

    init() {}

    /// Read without trapping on records built in memory before M053's fields were set (page mocks).
    var originKind: LegalAidOrigin? { $origin.value.flatMap(LegalAidOrigin.init(rawValue:)) }
    var missingFieldList: [LegalAidMissingField] { LegalAidMissingField.parse($missingFields.value ?? "") }

    var circumstances: Set<LegalAidCircumstance> { LegalAidCircumstance.parse(circumstancesText) }
    var path: RegionPath { RegionPath(regionPath) ?? RegionPath(ids: []) }
    var priorityList: [LegalAidScreening.Priority] {
        priorities.split(separator: ",").compactMap { LegalAidScreening.Priority(rawValue: String($0)) }
    }
}

/// A supplement round (补充材料通知): every missing item at once, and the reply date.
final class LegalAidSupplement: Model, @unchecked Sendable {
    static let schema = "legal_aid_supplements"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Parent(key: "application_id") var application: LegalAidApplication
    /// One item per line.
    @Field(key: "items") var items: String
    @Field(key: "notice_on") var noticeOn: String
    @Field(key: "reply_due") var replyDue: String
    @OptionalField(key: "supplied_on") var suppliedOn: String?
    @OptionalField(key: "lapsed_on") var lapsedOn: String?
    @OptionalParent(key: "created_by_id") var createdBy: StaffUser?

    init() {}

    var itemList: [String] { items.split(separator: "\n").map(String.init) }
    var isOpen: Bool { suppliedOn == nil && lapsedOn == nil }

    /// The decision-clock pause of this round: from the notice day until the supply (or lapse) day.
    var pause: PeriodPause? {
        guard let start = LocalDate(noticeOn) else { return nil }
        return PeriodPause(start: start, end: (suppliedOn ?? lapsedOn).flatMap(LocalDate.init), reason: "supplement")
    }
}

/// A progress note or hearing date in the provider's case record.
final class LegalAidCaseNote: Model, @unchecked Sendable {
    static let schema = "legal_aid_case_notes"

    enum Kind: String, Codable, Sendable, CaseIterable {
        case progress
        case hearing
        /// 办结: the proceedings or the matter ended (judgment served, agreement signed …); the closing report is due
        /// within 30 days (督办, `LegalAidSupervision`).
        case concluded
    }

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Parent(key: "application_id") var application: LegalAidApplication
    @Field(key: "kind") var kind: Kind
    @Field(key: "on_date") var onDate: String
    @Field(key: "text") var text: String
    @OptionalParent(key: "author_id") var author: StaffUser?
    @Field(key: "author_name") var authorName: String
    @Field(key: "created_at") var createdAt: Date

    init() {}
}

/// An objection (异议) to a refusal or termination, decided by the justice bureau (第四十九条).
final class LegalAidObjection: Model, @unchecked Sendable {
    static let schema = "legal_aid_objections"

    enum Decision: String, Codable, Sendable, CaseIterable {
        /// 维持: the agency's decision stands; the applicant may seek reconsideration or sue.
        case upheld
        /// 责令改正: the agency must decide again.
        case correctionOrdered = "correction_ordered"
    }

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Parent(key: "application_id") var application: LegalAidApplication
    /// The state objected to: refused or terminated.
    @Field(key: "against") var against: LegalAidState
    @Field(key: "grounds") var grounds: String
    @Field(key: "received_on") var receivedOn: String
    @Field(key: "due_on") var dueOn: String
    @Field(key: "due_provisional") var dueProvisional: Bool
    @OptionalField(key: "decision") var decision: Decision?
    @Field(key: "decision_reasons") var decisionReasons: String
    @Field(key: "extension_reason") var extensionReason: String
    @OptionalField(key: "decided_on") var decidedOn: String?
    @OptionalParent(key: "decided_by_id") var decidedBy: StaffUser?
    @Field(key: "created_at") var createdAt: Date

    init() {}
}
