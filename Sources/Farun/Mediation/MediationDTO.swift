import FarunCore
import Foundation
import Vapor

/// A dispute registered through the API: parties as in the form (phones and ID numbers in clear, sent once).
struct DisputeIntakeDTO: Content {
    struct Party: Content {
        let role: String?
        let name: String?
        let phone: String?
        let resident_id: String?
        let address: String?
        let consent: String?
    }

    let channel: String?
    let region_id: Int?
    let service_point_id: Int?
    let dispute_type: String?
    let urgency: String?
    let amount: String?
    let summary: String?
    let parties: [Party]?
    let accept_now: Bool?

    var input: DisputeIntakeInput {
        DisputeIntakeInput(
            channel: channel ?? "", regionID: region_id, servicePointID: service_point_id, disputeType: dispute_type ?? "", urgency: urgency,
            amount: amount, summary: summary ?? "",
            parties: (parties ?? []).enumerated().map { index, p in
                .init(role: p.role ?? (index == 0 ? "applicant" : "respondent"), name: p.name ?? "", phone: p.phone ?? "",
                      residentID: p.resident_id, address: p.address, consent: p.consent ?? "")
            },
            acceptNow: accept_now)
    }
}

/// A mediation case in the API: contact details masked.
struct MediationCaseDTO: Content {
    struct Party: Content {
        let position: Int
        let role: String
        let name: String
        let phone_masked: String
        let resident_id_masked: String
        let address: String
        let consent: String
    }

    struct Session: Content {
        let mode: String
        let held_at: Date
        let place: String
        let link: String
        let participants: [String]
        let notes: String
    }

    struct Agreement: Content {
        let form: String
        let committee_name: String
        let facts: String
        let issues: String
        let responsibilities: String
        let terms: String
        let performance_manner: String
        let performance_deadline: String?
        let revision: Int
        let effective_on: String?
        let signatures: [Signature]
    }

    struct Signature: Content {
        let kind: String
        let party_position: Int?
        let method: String
        let signed_on: String
    }

    struct Confirmation: Content {
        let due: String
        let provisional: Bool
        let status: String
        let days_left: Int?
    }

    struct Visit: Content {
        let visited_on: String
        let mode: String
        let performance: String
        let notes: String
    }

    let id: Int
    let version: Int
    let url: String
    let work_order_id: Int
    let work_order_number: String
    let work_order_state: String
    let dispute_type: String
    let urgency: String
    /// Yuan with two decimals, or null.
    let amount: String?
    let summary: String
    let stage: String
    let committee_name: String
    let accepted_on: String
    let mediator_id: Int?
    let mediator_name: String?
    let parties: [Party]
    let sessions: [Session]
    let agreement: Agreement?
    let judicial_confirmation: Confirmation?
    let labour_arbitration_opens: String?
    let failure_reason: String?
    let failure_note: String
    let referral: String?
    let follow_up_number: String?
    let visits: [Visit]
    let actions: [String]
    /// The stage as people see it: `awaiting_acceptance` while the front desk has not accepted an online dispute.
    let shown_stage: String
    /// The joint application to a court (司法确认) and the court's decision, once recorded.
    let confirmation_application: ConfirmationApplicationDTO?
    /// 若干规定第四条: the agreement concerns identity, adoption or marriage relations and cannot be confirmed.
    let confirmation_excluded: Bool
    let may_record_confirmation: Bool

    init(_ d: MediationDetails) throws {
        let r = d.record
        id = try r.requireID()
        version = r.version
        url = SiteURL.mediationCase(id).path
        work_order_id = try d.order.requireID()
        work_order_number = d.order.number
        work_order_state = d.order.state.rawValue
        dispute_type = r.disputeType.rawValue
        urgency = r.urgency.rawValue
        amount = r.amount?.description
        summary = r.summary
        stage = r.stage.rawValue
        committee_name = r.committeeName
        accepted_on = r.acceptedOn
        mediator_id = d.order.$assignee.id
        mediator_name = d.mediatorName
        parties = d.loaded.parties.map {
            Party(position: $0.position, role: $0.role.rawValue, name: $0.name, phone_masked: $0.phoneMasked,
                  resident_id_masked: $0.residentIDMasked, address: $0.address, consent: $0.consent.rawValue)
        }
        sessions = d.sessions.map {
            Session(mode: $0.mode.rawValue, held_at: $0.heldAt, place: $0.place, link: $0.link,
                    participants: $0.participants.split(separator: "\n").map(String.init), notes: $0.notes)
        }
        agreement = d.agreement.map { a in
            Agreement(form: a.form.rawValue, committee_name: a.committeeName, facts: a.facts, issues: a.issues, responsibilities: a.responsibilities,
                      terms: a.terms, performance_manner: a.performanceManner, performance_deadline: a.performanceDeadline, revision: a.revision,
                      effective_on: a.effectiveOn,
                      signatures: d.signatures.map { Signature(kind: $0.kind.rawValue, party_position: $0.partyPosition, method: $0.method.rawValue, signed_on: $0.signedOn) })
        }
        judicial_confirmation = d.reminder.map {
            Confirmation(due: $0.deadline.dueDate.description, provisional: $0.deadline.isProvisional, status: $0.status.rawValue, days_left: $0.daysLeft)
        }
        labour_arbitration_opens = d.labourArbitrationOpens?.dueDate.description
        failure_reason = r.failureReason?.rawValue
        failure_note = r.failureNote
        referral = r.referral?.rawValue
        follow_up_number = d.followUpNumber
        visits = d.visits.map { Visit(visited_on: $0.visitedOn, mode: $0.mode.rawValue, performance: $0.performance.rawValue, notes: $0.notes) }
        actions = d.actions.map(\.rawValue)
        shown_stage = d.shownStage.rawValue
        confirmation_application = d.confirmation.map { ConfirmationApplicationDTO($0, followUpNumber: d.confirmationFollowUpNumber) }
        confirmation_excluded = d.confirmationExcluded
        may_record_confirmation = d.mayRecordConfirmation
    }
}

struct MediationAssignmentDTO: Content {
    let version: Int
    let mediator_id: Int?
    /// Omitted or "none": the mediator declares no relation to any party.
    let relation: String?
    let party_position: Int?
}

struct MediationConsentDTO: Content {
    let version: Int
    let party_position: Int
    let consent: String
}

struct MediationSessionDTO: Content {
    let version: Int
    let mode: String?
    let held_at: Date?
    let place: String?
    let link: String?
    let participants: [String]?
    let notes: String?
}

struct MediationAgreementDTO: Content {
    let version: Int
    let form: String?
    let committee_name: String?
    let facts: String?
    let issues: String?
    let responsibilities: String?
    let terms: String?
    let performance_manner: String?
    let performance_deadline: String?
}

struct MediationSignatureDTO: Content {
    let version: Int
    let kind: String
    let party_position: Int?
    let method: String
    let signed_on: String?
}

struct MediationFailureDTO: Content {
    let version: Int
    let reason: String?
    let note: String?
    let referral: String?
}

struct MediationVisitDTO: Content {
    let visited_on: String?
    let mode: String?
    let performance: String?
    let notes: String?
}

struct AgreementTemplateDTO: Content {
    let form: String
    let committee_name: String
    let parties: [MediationCaseDTO.Party]
    let facts: String
    let issues: String
    let responsibilities: String
    let terms: String
    let performance_manner: String
    let performance_deadline: String?
    /// What the mediator must still write (人民调解法第二十九条).
    let missing: [String]
}

struct ScreeningReportDTO: Content {
    let service_point_id: Int?
    let period: String?
    let found: Int?
    let resolved: Int?
    let escalated: Int?
    let notes: String?
}

struct ScreeningOverviewDTO: Content {
    struct Reported: Content {
        let service_point_id: Int
        let service_point_name: String
        let found: Int
        let resolved: Int
        let escalated: Int
        let notes: String
        let submitted_at: Date
    }

    struct Missing: Content {
        let service_point_id: Int
        let service_point_name: String
        let kind: String
    }

    let period: String
    let reported: [Reported]
    let missing: [Missing]
    let total_found: Int
    let total_resolved: Int
    let total_escalated: Int

    init(_ o: ScreeningStore.Overview) {
        period = o.period.description
        reported = o.reports.map {
            Reported(service_point_id: $0.point.id ?? 0, service_point_name: $0.point.name, found: $0.report.found, resolved: $0.report.resolved,
                     escalated: $0.report.escalated, notes: $0.report.notes, submitted_at: $0.report.submittedAt)
        }
        missing = o.missing.map { Missing(service_point_id: $0.id ?? 0, service_point_name: $0.name, kind: $0.kind.rawValue) }
        total_found = o.total.found
        total_resolved = o.total.resolved
        total_escalated = o.total.escalated
    }
}

/// Mediation statistics with the same period a year earlier.
struct MediationStatisticsDTO: Content {
    struct Tally: Content {
        let key: String
        let name: String
        let accepted: Int
        let mediated: Int
        let agreed: Int
        let failed: Int
        let success_rate: Double?
        /// Yuan with two decimals.
        let amount: String
        let agreed_amount: String
        let previous_accepted: Int
        /// (this − last year) / last year; null when last year had none.
        let accepted_change: Double?
    }

    let from: String
    let to: String
    let total: Tally
    let by_type: [Tally]
    let by_point: [Tally]
    /// 司法确认 of the disputes counted: applications recorded, confirmed, rejected.
    let confirmations: Confirmations

    struct Confirmations: Content {
        let applied: Int
        let confirmed: Int
        let rejected: Int
    }

    init(_ result: MediationStatisticsQueries.Result, l: L10n) {
        confirmations = Confirmations(applied: result.confirmations.applied, confirmed: result.confirmations.confirmed,
                                      rejected: result.confirmations.rejected)
        from = result.filter.from.description
        to = result.filter.through.description
        total = Self.tally("total", "", result.current.total, result.previous.total)
        by_type = DisputeType.allCases.compactMap { type in
            result.current.byType[type].map { Self.tally(type.rawValue, l.name("dispute", type), $0, result.previous.byType[type] ?? MediationTally()) }
        }
        by_point = result.current.byPoint.keys.sorted { ($0 ?? 0) < ($1 ?? 0) }.map { key in
            Self.tally(key.map(String.init) ?? "online", key.flatMap { result.pointNames[$0] } ?? "", result.current.byPoint[key]!,
                       result.previous.byPoint[key] ?? MediationTally())
        }
    }

    static func tally(_ key: String, _ name: String, _ t: MediationTally, _ previous: MediationTally) -> Tally {
        Tally(key: key, name: name, accepted: t.accepted, mediated: t.mediated, agreed: t.agreed, failed: t.failed, success_rate: t.successRate,
              amount: DisputeAmount.yuanText(fen: t.amountFen), agreed_amount: DisputeAmount.yuanText(fen: t.agreedAmountFen),
              previous_accepted: previous.accepted, accepted_change: MediationStatistics.change(current: t.accepted, previous: previous.accepted))
    }
}

/// What a submitter gets back: staff see the case; a citizen gets the order number to track it.
struct DisputeReceiptDTO: Content {
    let work_order_number: String
    let stage: String
    let case_id: Int?
    let url: String?
}

/// 司法确认 as the API shows it.
struct ConfirmationApplicationDTO: Content {
    let court_basis: String
    let court_name: String
    let filed_on: String
    let materials: [String]
    let missing_materials: [String]
    let through_agent: Bool
    /// 民事诉讼法第一百八十七条: the court decides within 30 days of filing.
    let decision_due: String
    let decision_due_provisional: Bool
    let outcome: String?
    let decided_on: String?
    let outcome_note: String
    let referral: String?
    let follow_up_number: String?

    init(_ row: MediationConfirmationRow, followUpNumber: String?) {
        court_basis = row.courtBasis.rawValue
        court_name = row.courtName
        filed_on = row.filedOn
        materials = ConfirmationMaterial.allCases.filter(row.presentMaterials.contains).map(\.rawValue)
        missing_materials = row.missingMaterials.map(\.rawValue)
        through_agent = row.throughAgent
        decision_due = row.decisionDue
        decision_due_provisional = row.decisionDueProvisional
        outcome = row.outcome?.rawValue
        decided_on = row.decidedOn
        outcome_note = row.outcomeNote
        referral = row.referral?.rawValue
        follow_up_number = followUpNumber
    }
}

struct ConfirmationApplicationRequestDTO: Content {
    let version: Int
    let court_basis: String?
    let court_name: String?
    let filed_on: String?
    let materials: [String]?
    let through_agent: Bool?
}

struct ConfirmationDecisionRequestDTO: Content {
    let version: Int
    let outcome: String?
    let decided_on: String?
    let note: String?
    let referral: String?
}
