import FarunCore
import Foundation
import Vapor

/// A legal aid application as the API shows it to staff: phones and ID numbers masked.
struct LegalAidApplicationDTO: Content {
    let id: Int
    let number: String
    let work_order_id: Int
    let state: String
    let category: String
    let category_citation: String
    let service_form: String
    let circumstances: [String]
    let economic_review: String
    let priorities: [String]
    let applicant_name: String
    let applicant_phone: String
    let applicant_resident_id: String
    let matter: String
    let opponent_name: String
    let opponent_phone: String
    let opponent_resident_id: String
    let region_id: Int
    let received_on: String
    let decision_due: String
    let decision_due_provisional: Bool
    let missing_materials: [String]
    let materials_checked: [String]
    let conflict_checked_at: Date?
    let decision: String?
    let decided_on: String?
    let decision_reasons: String
    let extension_reason: String
    let decided_late: Bool
    let assignment_due: String?
    let provider_id: Int?
    let provider_name: String
    let termination_ground: String?
    let outcome: String?
    let amount_recovered: String
    let closing_report: String
    let closed_on: String?
    let version: Int
    /// What the caller may do now.
    let actions: [String]
    /// Made in one step from a 12348 call (`hotline_call`) or a consultation (`consultation`); nil for the form.
    let origin: String?
    /// The call record's id or the consultation's id.
    let origin_ref: String?
    /// What the applicant must still give (`LegalAidMissingField`), for the one-time supplement notice.
    let missing_fields: [String]

    init(_ a: LegalAidApplication, order: WorkOrder, actions: [LegalAidAction]) throws {
        id = try a.requireID()
        number = a.number
        work_order_id = try order.requireID()
        state = a.state.rawValue
        category = a.category.rawValue
        category_citation = a.category.citation
        service_form = a.serviceForm.rawValue
        circumstances = LegalAidCircumstance.allCases.filter(a.circumstances.contains).map(\.rawValue)
        economic_review = a.economicReview
        priorities = a.priorityList.map(\.rawValue)
        applicant_name = order.requesterName
        applicant_phone = order.requesterPhoneMasked
        applicant_resident_id = order.residentIDMasked
        matter = order.matter
        opponent_name = a.opponentName
        opponent_phone = a.opponentPhoneMasked
        opponent_resident_id = a.opponentResidentIDMasked
        region_id = a.$region.id
        received_on = a.receivedOn
        decision_due = a.decisionDue
        decision_due_provisional = a.decisionDueProvisional
        missing_materials = order.missingMaterialList
        materials_checked = a.materialsChecked.split(separator: "\n").map(String.init)
        conflict_checked_at = a.conflictCheckedAt
        decision = a.decision
        decided_on = a.decidedOn
        decision_reasons = a.decisionReasons
        extension_reason = a.extensionReason
        decided_late = a.decidedLate
        assignment_due = a.assignmentDue
        provider_id = a.$provider.id
        provider_name = a.providerName
        termination_ground = a.terminationGround?.rawValue
        outcome = a.outcome?.rawValue
        amount_recovered = LegalAidAmount.yuan(fen: a.amountRecoveredFen)
        closing_report = a.closingReport
        closed_on = a.closedOn
        version = a.version
        self.actions = actions.map(\.rawValue)
        origin = a.originKind?.rawValue
        origin_ref = a.originKind == nil ? nil : a.originRef
        missing_fields = a.missingFieldList.map(\.rawValue)
    }
}

/// What the form shows before submitting (and what `GET /legal-aid/screening` answers).
struct LegalAidScreeningDTO: Content {
    struct Priority: Content {
        let code: String
        let label: String
        let citation: String
    }

    let economic_review: String
    let economic_review_label: String
    let citation: String
    let needs_pledge: Bool
    let provisional_aid: Bool
    let priorities: [Priority]
    let proofs: [String]

    init(_ result: LegalAidScreening.Result, l: L10n) {
        economic_review = LegalAidStore.code(of: result.economicReview)
        economic_review_label = LegalAidText.review(result.economicReview, l)
        citation = result.economicReview.citation
        needs_pledge = result.economicReview.needsPledge
        provisional_aid = result.allowsProvisionalAid
        priorities = result.priorities.map { Priority(code: $0.rawValue, label: l.name("lapriority", $0), citation: $0.citation) }
        proofs = result.proofs.map { l.name("lacircumstance", $0) }
    }
}

struct LegalAidActionDTO: Content {
    var action: String
    var version: Int
    var reasons: String?
    var extension_reason: String?
    var missing_materials: [String]?
    var provider_id: Int?
    var termination_ground: String?
    var outcome: String?
    /// Yuan, e.g. "12345.67".
    var amount_recovered: String?
    var closing_report: String?
}

struct LegalAidReviewDTO: Content {
    var version: Int
    var materials_checked: [String]?
    var conflict_checked: Bool?
}

struct LegalAidNoteDTO: Content {
    var kind: String
    var on: String
    var text: String
}

struct LegalAidObjectionDTO: Content {
    var grounds: String
}

struct LegalAidObjectionDecisionDTO: Content {
    var decision: String
    var reasons: String
    var extension_reason: String?
}

struct LegalAidObjectionResultDTO: Content {
    let id: Int
    let application_id: Int
    let against: String
    let grounds: String
    let received_on: String
    let due_on: String
    let decision: String?
    let decision_reasons: String
    let decided_on: String?

    init(_ o: LegalAidObjection) throws {
        id = try o.requireID()
        application_id = o.$application.id
        against = o.against.rawValue
        grounds = o.grounds
        received_on = o.receivedOn
        due_on = o.dueOn
        decision = o.decision?.rawValue
        decision_reasons = o.decisionReasons
        decided_on = o.decidedOn
    }
}

struct LegalAidNoteResultDTO: Content {
    let id: Int
    let kind: String
    let on: String
    let text: String
    let author_name: String
}

struct LegalAidConflictDTO: Content {
    let role: String
    let party_name: String
    let source: String
    let reference: String
    let earlier_role: String
    let earlier_name: String
    let evidence: [String]
    let strong: Bool
    let adverse: Bool

    init(_ m: ConflictCheck.Match) {
        role = m.role.rawValue
        party_name = m.partyName
        source = m.earlier.source
        reference = m.earlier.reference
        earlier_role = m.earlier.role.rawValue
        earlier_name = m.earlier.identity.name
        evidence = m.evidence.map(LegalAidText.evidenceCode)
        strong = m.isStrong
        adverse = m.isAdverse
    }
}

struct LegalAidStatisticsDTO: Content {
    struct Line: Content {
        let category: String
        let applications: Int
        let granted: Int
        let refused: Int
        let amount_recovered: String
    }
    struct Count: Content {
        let key: String
        let count: Int
    }

    let applications: Int
    let decided: Int
    let granted: Int
    let refused: Int
    let withdrawn: Int
    let grant_rate_percent: Double?
    let mean_review_days: Double?
    let median_review_days: Double?
    let decided_late: Int
    let closed_cases: Int
    let amount_recovered: String
    let by_category: [Line]
    let recipients_by_group: [Count]
    let cases_by_outcome: [Count]
    /// 满意率: 满意 and 基本满意 over the rated cases (受援人评价).
    let rated: Int
    let satisfied: Int
    let satisfaction_percent: Double?

    init(_ s: LegalAidStatistics.Summary) {
        applications = s.applications
        decided = s.decided
        granted = s.granted
        refused = s.refused
        withdrawn = s.withdrawn
        grant_rate_percent = s.grantRate.percent
        mean_review_days = s.meanReviewDays
        median_review_days = s.medianReviewDays
        decided_late = s.decidedLate
        closed_cases = s.closedCases
        amount_recovered = LegalAidAmount.yuan(fen: s.amountRecoveredFen)
        by_category = s.byCategory.map { Line(category: $0.category.rawValue, applications: $0.applications, granted: $0.granted,
                                              refused: $0.refused, amount_recovered: LegalAidAmount.yuan(fen: $0.amountRecoveredFen)) }
        recipients_by_group = s.recipientsByGroup.map { Count(key: $0.group.rawValue, count: $0.count) }
        cases_by_outcome = s.casesByOutcome.map { Count(key: $0.outcome.rawValue, count: $0.count) }
        rated = s.satisfaction.whole
        satisfied = s.satisfaction.part
        satisfaction_percent = s.satisfaction.percent
    }
}

/// Shared wording for the pages, documents and API.
enum LegalAidText {
    static func review(_ review: LegalAidScreening.EconomicReview, _ l: L10n) -> String {
        switch review {
        case .notApplicable: l(.legalAidReviewNotApplicable)
        case .noCondition: l(.legalAidReviewNoCondition)
        case .exempt: l(.legalAidReviewExempt)
        case .pledge: l(.legalAidReviewPledge)
        }
    }

    static func evidenceCode(_ evidence: ConflictCheck.Evidence) -> String {
        switch evidence {
        case .residentID: "resident_id"
        case .phone: "phone"
        case .sameName: "same_name"
        case .similarName(let d): "similar_name:\(d)"
        }
    }
}
