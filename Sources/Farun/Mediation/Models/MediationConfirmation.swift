import Fluent
import FarunCore
import Foundation

/// The parties' joint application for judicial confirmation (司法确认) and the court's decision.
final class MediationConfirmationRow: Model, @unchecked Sendable {
    static let schema = "mediation_confirmations"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Parent(key: "case_id") var mediationCase: MediationCase
    @Field(key: "court_basis") var courtBasis: ConfirmationCourt
    @Field(key: "court_name") var courtName: String
    @Field(key: "filed_on") var filedOn: String
    /// `ConfirmationMaterial` raw values present, comma-separated.
    @Field(key: "materials") var materials: String
    @Field(key: "through_agent") var throughAgent: Bool
    @Field(key: "decision_due") var decisionDue: String
    @Field(key: "decision_due_provisional") var decisionDueProvisional: Bool
    @OptionalField(key: "outcome") var outcome: ConfirmationOutcome?
    @OptionalField(key: "decided_on") var decidedOn: String?
    @Field(key: "outcome_note") var outcomeNote: String
    @OptionalField(key: "referral") var referral: Referral?
    @OptionalParent(key: "referral_order_id") var referralOrder: WorkOrder?
    @OptionalParent(key: "recorded_by_id") var recordedBy: StaffUser?
    @Field(key: "recorded_at") var recordedAt: Date
    @Field(key: "updated_at") var updatedAt: Date

    init() {}

    var presentMaterials: Set<ConfirmationMaterial> {
        Set(materials.split(separator: ",").compactMap { ConfirmationMaterial(rawValue: String($0)) })
    }

    var missingMaterials: [ConfirmationMaterial] {
        JudicialConfirmation.missingMaterials(present: presentMaterials, throughAgent: throughAgent)
    }
}

/// A reminder queued for one party (see M059).
final class MediationReminderRow: Model, @unchecked Sendable {
    static let schema = "mediation_reminders"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Parent(key: "case_id") var mediationCase: MediationCase
    @Field(key: "kind") var kind: String
    @Field(key: "party_position") var partyPosition: Int
    @Field(key: "queued_at") var queuedAt: Date

    init() {}
}
