import Fluent
import FarunCore
import Foundation

/// The mediation record of a dispute: the work order (service PEOPLES_MEDIATION) carries the requester, place,
/// unit, assignee and timeline; this row carries what only mediation has.
final class MediationCase: Model, @unchecked Sendable {
    static let schema = "mediation_cases"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Parent(key: "work_order_id") var workOrder: WorkOrder

    // The dispute
    @Field(key: "dispute_type") var disputeType: DisputeType
    @Field(key: "urgency") var urgency: DisputeUrgency
    @OptionalField(key: "amount_fen") var amountFen: Int64?
    @Field(key: "summary") var summary: String
    @Field(key: "stage") var stage: MediationStage
    /// 人民调解委员会名称, printed on the agreement.
    @Field(key: "committee_name") var committeeName: String

    // Place (copied from the order for statistics)
    @Field(key: "region_path") var regionPath: String
    @OptionalParent(key: "service_point_id") var servicePoint: ServicePoint?
    @Field(key: "accepted_on") var acceptedOn: String
    @OptionalField(key: "police_reported_on") var policeReportedOn: String?

    // Outcome
    @OptionalField(key: "failure_reason") var failureReason: FailureReason?
    @Field(key: "failure_note") var failureNote: String
    @OptionalField(key: "referral") var referral: Referral?
    @OptionalParent(key: "referral_order_id") var referralOrder: WorkOrder?
    @OptionalField(key: "concluded_on") var concludedOn: String?

    @Field(key: "created_at") var createdAt: Date
    @Field(key: "updated_at") var updatedAt: Date
    /// Incremented by every change; a stale write is refused.
    @Field(key: "version") var version: Int

    init() {}

    var path: RegionPath { RegionPath(regionPath) ?? RegionPath(ids: []) }
    var amount: DisputeAmount? { amountFen.flatMap { try? DisputeAmount(fen: $0) } }
}

final class MediationPartyRow: Model, @unchecked Sendable {
    static let schema = "mediation_parties"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Parent(key: "case_id") var mediationCase: MediationCase
    /// 0-based order as entered; signatures and conflicts refer to it.
    @Field(key: "position") var position: Int
    @Field(key: "role") var role: PartyRole
    @Field(key: "name") var name: String
    @Field(key: "phone") var phoneEncrypted: String
    @Field(key: "phone_hash") var phoneHash: String
    @Field(key: "phone_masked") var phoneMasked: String
    @OptionalField(key: "resident_id") var residentIDEncrypted: String?
    @OptionalField(key: "resident_id_hash") var residentIDHash: String?
    @Field(key: "resident_id_masked") var residentIDMasked: String
    @Field(key: "address") var address: String
    @Field(key: "consent") var consent: MediationConsent

    init() {}

    /// The party as the domain checks it (contact details masked: the domain only needs to know they exist).
    var domain: DisputeParty {
        DisputeParty(role: role, name: name, phone: phoneMasked, residentID: residentIDMasked.isEmpty ? nil : residentIDMasked,
                     address: address, consent: consent)
    }

    var particulars: AgreementDraft.PartyParticulars {
        .init(role: role, name: name, address: address, residentIDMasked: residentIDMasked)
    }
}

final class MediationSessionRow: Model, @unchecked Sendable {
    static let schema = "mediation_sessions"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Parent(key: "case_id") var mediationCase: MediationCase
    @Field(key: "mode") var mode: SessionMode
    @Field(key: "held_at") var heldAt: Date
    @Field(key: "place") var place: String
    @Field(key: "link") var link: String
    /// One per line.
    @Field(key: "participants") var participants: String
    @Field(key: "notes") var notes: String
    @OptionalParent(key: "recorded_by_id") var recordedBy: StaffUser?
    @Field(key: "recorded_at") var recordedAt: Date

    init() {}
}

final class MediationAgreementRow: Model, @unchecked Sendable {
    static let schema = "mediation_agreements"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Parent(key: "case_id") var mediationCase: MediationCase
    @Field(key: "form") var form: AgreementForm
    @Field(key: "committee_name") var committeeName: String
    @Field(key: "facts") var facts: String
    @Field(key: "issues") var issues: String
    @Field(key: "responsibilities") var responsibilities: String
    @Field(key: "terms") var terms: String
    @Field(key: "performance_manner") var performanceManner: String
    @OptionalField(key: "performance_deadline") var performanceDeadline: String?
    @Field(key: "revision") var revision: Int
    @OptionalParent(key: "drafted_by_id") var draftedBy: StaffUser?
    @Field(key: "drafted_at") var draftedAt: Date
    @OptionalField(key: "effective_on") var effectiveOn: String?
    @OptionalField(key: "confirmation_due") var confirmationDue: String?
    @Field(key: "confirmation_due_provisional") var confirmationDueProvisional: Bool

    init() {}

    func draft(parties: [AgreementDraft.PartyParticulars]) -> AgreementDraft {
        AgreementDraft(form: form, committeeName: committeeName, parties: parties, facts: facts, issues: issues,
                       responsibilities: responsibilities, terms: terms, performanceManner: performanceManner,
                       performanceDeadline: performanceDeadline.flatMap(LocalDate.init))
    }
}

final class MediationSignatureRow: Model, @unchecked Sendable {
    static let schema = "mediation_signatures"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Parent(key: "case_id") var mediationCase: MediationCase
    @Field(key: "signatory") var signatory: String
    @Field(key: "kind") var kind: SignatoryKind
    @OptionalField(key: "party_position") var partyPosition: Int?
    @Field(key: "method") var method: SignatureMethod
    @Field(key: "signed_on") var signedOn: String
    @OptionalParent(key: "recorded_by_id") var recordedBy: StaffUser?
    @Field(key: "recorded_at") var recordedAt: Date

    init() {}

    static func signatory(_ kind: SignatoryKind, _ position: Int?) -> String {
        kind == .party ? "party:\(position ?? -1)" : kind.rawValue
    }

    var domain: AgreementSignature? {
        LocalDate(signedOn).map { AgreementSignature(kind: kind, partyIndex: partyPosition, method: method, on: $0) }
    }
}

final class MediationConflictRow: Model, @unchecked Sendable {
    static let schema = "mediation_conflicts"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Parent(key: "case_id") var mediationCase: MediationCase
    @Parent(key: "staff_id") var staff: StaffUser
    @OptionalField(key: "party_position") var partyPosition: Int?
    /// A `ConflictRelation` raw value, or "none".
    @Field(key: "relation") var relation: String
    @Field(key: "detected") var detected: Bool
    @OptionalParent(key: "recorded_by_id") var recordedBy: StaffUser?
    @Field(key: "recorded_at") var recordedAt: Date

    init() {}
}

final class MediationVisitRow: Model, @unchecked Sendable {
    static let schema = "mediation_visits"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Parent(key: "case_id") var mediationCase: MediationCase
    @Field(key: "visited_on") var visitedOn: String
    @Field(key: "mode") var mode: SessionMode
    @Field(key: "performance") var performance: PerformanceStatus
    @Field(key: "notes") var notes: String
    @OptionalParent(key: "recorded_by_id") var recordedBy: StaffUser?
    @Field(key: "recorded_at") var recordedAt: Date

    init() {}
}

final class ScreeningReport: Model, @unchecked Sendable {
    static let schema = "screening_reports"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Parent(key: "service_point_id") var servicePoint: ServicePoint
    @Field(key: "region_path") var regionPath: String
    @Field(key: "period") var period: String
    @Field(key: "found") var found: Int
    @Field(key: "resolved") var resolved: Int
    @Field(key: "escalated") var escalated: Int
    @Field(key: "notes") var notes: String
    @OptionalParent(key: "submitted_by_id") var submittedBy: StaffUser?
    @Field(key: "submitted_at") var submittedAt: Date

    init() {}

    var figures: ScreeningFigures { ScreeningFigures(found: found, resolved: resolved, escalated: escalated) }
}
