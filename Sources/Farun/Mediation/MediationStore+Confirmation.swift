import Fluent
import FarunCore
import Foundation

/// 司法确认: recording the parties' joint application to a court and the court's decision. The mediator or a member of
/// the committee records what the parties report; the case stays `agreed` (the confirmation is about the agreement,
/// not a stage of mediation).
extension MediationStore {
    struct ConfirmationApplication: Sendable, Equatable {
        var court: ConfirmationCourt?
        var courtName: String
        var filedOn: LocalDate?
        var materials: Set<ConfirmationMaterial>
        var throughAgent: Bool
    }

    struct ConfirmationDecision: Sendable, Equatable {
        var outcome: ConfirmationOutcome?
        var decidedOn: LocalDate?
        var note: String
        var referral: Referral
    }

    static let confirmationStep = "apply_confirmation"

    /// Who may record: the mediator or a member of the committee (as for follow-up visits), on an agreed case.
    private static func requireConfirmationRecorder(_ loaded: Loaded) throws {
        guard loaded.roles.assignee || loaded.roles.handlingUnit else { throw AppError.forbidden }
        guard loaded.record.stage == .agreed else {
            throw AppError.conflict(.mediationNotAllowed, [loaded.record.stage.rawValue, confirmationStep])
        }
    }

    /// Whether the case's agreement is one PM-X1 excludes (see `JudicialConfirmation.concernsPersonalRelations`).
    static func excludedFromConfirmation(_ record: MediationCase, _ agreement: MediationAgreementRow?) -> Bool {
        guard let agreement else { return false }
        return JudicialConfirmation.concernsPersonalRelations(disputeType: record.disputeType, issues: agreement.issues, terms: agreement.terms)
    }

    /// Records the application (人民调解法第三十三条, 民事诉讼法第二百零五条) with the materials present (若干规定第三条) and the
    /// court's decision deadline (民事诉讼法第一百八十七条, through `StatutoryPeriod`). Refused for identity, adoption and
    /// marriage relations (若干规定第四条) and after the 30-day window.
    static func applyForConfirmation(_ caseID: Int, version: Int, _ input: ConfirmationApplication, by staff: StaffPrincipal,
                                     context: ActionContext, on db: any Database) async throws -> MediationConfirmationRow {
        let loaded = try await load(caseID, for: staff, on: db)
        try requireConfirmationRecorder(loaded)
        if try await MediationConfirmationRow.query(on: db).filter(\.$mediationCase.$id == caseID).first() != nil {
            throw AppError.conflict(.mediationConfirmationExists)
        }
        let agreement = try await MediationAgreementRow.query(on: db).filter(\.$mediationCase.$id == caseID).first()
        var problems: [FieldProblem] = []
        if input.court == nil { problems.append(.init(field: "court_basis", message: .mediationConfirmationCourtBasis)) }
        guard let filedOn = input.filedOn else {
            throw AppError.validation(problems + [.init(field: "filed_on", message: .mediationConfirmationFiledOn)])
        }
        let found = JudicialConfirmation.applicationProblems(
            agreementEffective: agreement?.effectiveOn.flatMap(LocalDate.init), personalRelations: excludedFromConfirmation(loaded.record, agreement),
            filedOn: filedOn, today: context.today, courtName: input.courtName, calendar: context.calendar)
        problems += found.map(MediationErrors.confirmationProblem)
        if !problems.isEmpty { throw AppError.validation(problems) }
        let deadline = JudicialConfirmation.decisionDeadline(filedOn: filedOn, calendar: context.calendar)
        return try await db.writeTransaction { tx in
            try await claimVersion(loaded.record, version: version, context: context, on: tx)
            let row = MediationConfirmationRow()
            row.$mediationCase.id = caseID
            row.courtBasis = input.court!
            row.courtName = input.courtName.trimmed
            row.filedOn = filedOn.description
            row.materials = ConfirmationMaterial.allCases.filter(input.materials.contains).map(\.rawValue).joined(separator: ",")
            row.throughAgent = input.throughAgent
            row.decisionDue = deadline.dueDate.description
            row.decisionDueProvisional = deadline.isProvisional
            row.outcomeNote = ""
            row.$recordedBy.id = staff.id
            row.recordedAt = context.now
            row.updatedAt = context.now
            try await row.create(on: tx)
            try await loaded.record.save(on: tx)
            try await journal((loaded.record, loaded.order), action: "confirmation_applied",
                              detail: ["court_basis": row.courtBasis.rawValue, "court": row.courtName, "filed_on": row.filedOn,
                                       "decision_due": row.decisionDue, "missing": row.missingMaterials.map(\.rawValue).joined(separator: ",")],
                              context: context, on: tx)
            return row
        }
    }

    /// Records the court's decision (民事诉讼法第二百零六条): confirmed — enforceable; rejected — the parties may amend the
    /// agreement by mediation or sue, and a litigation or legal-aid referral opens the follow-up work order as a failed
    /// mediation's does.
    static func recordConfirmationOutcome(_ caseID: Int, version: Int, _ input: ConfirmationDecision, by staff: StaffPrincipal,
                                          context: ActionContext, on db: any Database) async throws -> (MediationConfirmationRow, WorkOrder?) {
        let loaded = try await load(caseID, for: staff, on: db)
        try requireConfirmationRecorder(loaded)
        guard let row = try await MediationConfirmationRow.query(on: db).filter(\.$mediationCase.$id == caseID).first(),
              let filedOn = LocalDate(row.filedOn) else { throw AppError.conflict(.mediationConfirmationMissing) }
        guard let outcome = input.outcome else { throw AppError.validation([.init(field: "outcome", message: .mediationConfirmationOutcomeInvalid)]) }
        guard let decidedOn = input.decidedOn else { throw AppError.validation([.init(field: "decided_on", message: .mediationConfirmationDecidedOn)]) }
        let problems = JudicialConfirmation.outcomeProblems(filedOn: filedOn, alreadyDecided: row.outcome != nil, outcome: outcome,
                                                            decidedOn: decidedOn, today: context.today, referral: input.referral)
        if problems.contains(.outcomeAlreadyRecorded) { throw AppError.conflict(.mediationConfirmationDecided) }
        if !problems.isEmpty { throw AppError.validation(problems.map(MediationErrors.confirmationProblem)) }
        return try await db.writeTransaction { tx in
            try await claimVersion(loaded.record, version: version, context: context, on: tx)
            var followUp: WorkOrder?
            if outcome == .rejected {
                followUp = try await openFollowUp(loaded, referral: input.referral, after: loaded.order,
                                                  matter: L10n(.zhHans).format(.mediationConfirmationReferralNote, [loaded.order.number, loaded.record.summary]),
                                                  by: staff, context: context, on: tx)
            }
            row.outcome = outcome
            row.decidedOn = decidedOn.description
            row.outcomeNote = input.note.trimmed
            row.referral = input.referral
            row.$referralOrder.id = try followUp?.requireID()
            row.updatedAt = context.now
            try await row.save(on: tx)
            try await loaded.record.save(on: tx)
            try await journal((loaded.record, loaded.order), action: "confirmation_decided", note: row.outcomeNote,
                              detail: ["outcome": outcome.rawValue, "decided_on": row.decidedOn ?? "", "referral": input.referral.rawValue,
                                       "follow_up": followUp?.number ?? ""],
                              context: context, on: tx)
            return (row, followUp)
        }
    }
}
