import Fluent
import FarunCore
import Foundation

extension MediationStore {
    /// The agreement text as the mediator enters it.
    struct AgreementInput: Sendable, Equatable {
        var form: AgreementForm
        var committeeName: String
        var facts: String
        var issues: String
        var responsibilities: String
        var terms: String
        var performanceManner: String
        var performanceDeadline: LocalDate?
    }

    /// The template for a new agreement: parties' particulars, committee and the dispute summary filled in.
    static func template(_ loaded: Loaded) -> AgreementDraft {
        AgreementDraft.template(committeeName: loaded.record.committeeName, parties: loaded.parties.map(\.particulars), summary: loaded.record.summary)
    }

    /// Drafts (or redrafts) the agreement. Refused while any content 人民调解法第二十九条 lists is missing. Redrafting drops
    /// the signatures given to the earlier text.
    static func draftAgreement(_ caseID: Int, version: Int, _ input: AgreementInput, by staff: StaffPrincipal,
                               context: ActionContext, on db: any Database) async throws -> MediationCase {
        let loaded = try await load(caseID, for: staff, on: db)
        try requireMediator(loaded)
        let stage = try decideStage(MediationLifecycle.apply(.draftAgreement, in: loaded.record.stage))
        let draft = AgreementDraft(form: input.form, committeeName: input.committeeName.trimmed, parties: loaded.parties.map(\.particulars),
                                   facts: input.facts.trimmed, issues: input.issues.trimmed, responsibilities: input.responsibilities.trimmed,
                                   terms: input.terms.trimmed, performanceManner: input.performanceManner.trimmed,
                                   performanceDeadline: input.performanceDeadline)
        let missing = draft.missingElements
        if !missing.isEmpty { throw AppError.validation(MediationErrors.agreementProblems(missing)) }
        return try await db.writeTransaction { tx in
            try await claimVersion(loaded.record, version: version, context: context, on: tx)
            let row = try await MediationAgreementRow.query(on: tx).filter(\.$mediationCase.$id == caseID).first() ?? MediationAgreementRow()
            let revision = (row.id == nil ? 0 : row.revision) + 1
            row.$mediationCase.id = caseID
            row.form = draft.form
            row.committeeName = draft.committeeName
            row.facts = draft.facts
            row.issues = draft.issues
            row.responsibilities = draft.responsibilities
            row.terms = draft.terms
            row.performanceManner = draft.performanceManner
            row.performanceDeadline = draft.performanceDeadline?.description
            row.revision = revision
            row.$draftedBy.id = staff.id
            row.draftedAt = context.now
            row.effectiveOn = nil
            row.confirmationDue = nil
            row.confirmationDueProvisional = false
            try await row.save(on: tx)
            try await MediationSignatureRow.query(on: tx).filter(\.$mediationCase.$id == caseID).delete()
            if !draft.committeeName.isEmpty { loaded.record.committeeName = draft.committeeName }
            loaded.record.stage = stage
            try await loaded.record.save(on: tx)
            try await journal((loaded.record, loaded.order), action: "agreement_drafted",
                              detail: ["form": draft.form.rawValue, "revision": String(revision)], context: context, on: tx)
            return loaded.record
        }
    }

    /// Records one signature, seal or confirmation. When the last one is in, the agreement takes effect on that day
    /// (第二十九条 / 第三十条): the case is agreed, the judicial-confirmation window (第三十三条) is computed and the
    /// work order is resolved.
    static func sign(_ caseID: Int, version: Int, _ signature: AgreementSignature, by staff: StaffPrincipal,
                     context: ActionContext, on db: any Database) async throws -> MediationCase {
        let loaded = try await load(caseID, for: staff, on: db)
        try requireMediator(loaded)
        guard let agreement = try await MediationAgreementRow.query(on: db).filter(\.$mediationCase.$id == caseID).first() else {
            throw AppError.conflict(.mediationNoAgreement)
        }
        if signature.on > context.today { throw AppError.validation([.init(field: "signed_on", message: .mediationSignatureDate)]) }
        let existing = try await MediationSignatureRow.query(on: db).filter(\.$mediationCase.$id == caseID).all().compactMap(\.domain)
        if let problem = AgreementSignatures.problem(signature, form: agreement.form, disputeType: loaded.record.disputeType,
                                                     partyCount: loaded.parties.count, existing: existing) {
            throw AppError.validation([MediationErrors.signatureProblem(problem)])
        }
        let all = existing + [signature]
        let effective = AgreementSignatures.effectiveDate(form: agreement.form, partyCount: loaded.parties.count, signatures: all)
        let stage = try decideStage(MediationLifecycle.apply(.sign, in: loaded.record.stage, agreementComplete: effective != nil))
        return try await db.writeTransaction { tx in
            try await claimVersion(loaded.record, version: version, context: context, on: tx)
            let row = MediationSignatureRow()
            row.$mediationCase.id = caseID
            row.signatory = MediationSignatureRow.signatory(signature.kind, signature.partyIndex)
            row.kind = signature.kind
            row.partyPosition = signature.kind == .party ? signature.partyIndex : nil
            row.method = signature.method
            row.signedOn = signature.on.description
            row.$recordedBy.id = staff.id
            row.recordedAt = context.now
            try await row.create(on: tx)
            var order = loaded.order
            if let effective {
                let deadline = MediationPeriods.confirmationDeadline(agreementEffective: effective, calendar: context.calendar)
                agreement.effectiveOn = effective.description
                agreement.confirmationDue = deadline.dueDate.description
                agreement.confirmationDueProvisional = deadline.isProvisional
                try await agreement.save(on: tx)
                loaded.record.concludedOn = context.today.description
                order = try await resolveOrder(loaded, outcome: L10n(.zhHans).format(.mediationResolvedAgreed, [effective.description]),
                                               context: context, on: tx)
            }
            loaded.record.stage = stage
            try await loaded.record.save(on: tx)
            try await journal((loaded.record, order), action: "signed",
                              detail: ["signatory": row.signatory, "method": signature.method.rawValue, "effective": effective?.description ?? ""],
                              context: context, on: tx)
            return loaded.record
        }
    }

    /// Resolves the work order (starting it first if no session moved it to 办理中).
    private static func resolveOrder(_ loaded: Loaded, outcome: String, context: ActionContext, on tx: any Database) async throws -> WorkOrder {
        var order = try await WorkOrder.find(loaded.order.requireID(), on: tx) ?? loaded.order
        if order.state == .assigned {
            order = try await WorkOrderCommands.perform(.init(action: .start, version: order.version), on: order.requireID(),
                                                        as: loaded.roles, context: context, inTransaction: tx)
        }
        return try await WorkOrderCommands.perform(.init(action: .resolve, version: order.version, reason: outcome), on: order.requireID(),
                                                   as: loaded.roles, context: context, inTransaction: tx)
    }

    /// What the mediator enters when mediation fails.
    struct FailureInput: Sendable, Equatable {
        var reason: FailureReason?
        var note: String
        var referral: Referral
    }

    /// Terminates mediation (人民调解法第二十六条) with its reason and the route the parties were told of. Litigation,
    /// arbitration and legal aid open the follow-up work order in the same transaction, linked to this one
    /// (`follows`), in the region's front-desk queue.
    static func fail(_ caseID: Int, version: Int, _ input: FailureInput, by staff: StaffPrincipal,
                     context: ActionContext, on db: any Database) async throws -> (MediationCase, WorkOrder?) {
        let loaded = try await load(caseID, for: staff, on: db)
        try requireMediator(loaded)
        let problems = MediationFailure.problems(reason: input.reason, note: input.note)
        if !problems.isEmpty { throw MediationErrors.appError(problems) }
        let stage = try decideStage(MediationLifecycle.apply(.fail, in: loaded.record.stage))
        let note = input.note.trimmed
        return try await db.writeTransaction { tx in
            try await claimVersion(loaded.record, version: version, context: context, on: tx)
            let reasonText = L10n(.zhHans).name("failure", input.reason!) + (note.isEmpty ? "" : "：" + note)
            var order = try await resolveOrder(loaded, outcome: L10n(.zhHans).format(.mediationResolvedFailed, [reasonText]), context: context, on: tx)
            let followUp = try await openFollowUp(loaded, referral: input.referral, after: order,
                                                  matter: L10n(.zhHans).format(.mediationReferralNote, [order.number, loaded.record.summary]),
                                                  by: staff, context: context, on: tx)
            loaded.record.stage = stage
            loaded.record.failureReason = input.reason
            loaded.record.failureNote = note
            loaded.record.referral = input.referral
            loaded.record.$referralOrder.id = try followUp?.requireID()
            loaded.record.concludedOn = context.today.description
            try await loaded.record.save(on: tx)
            order = try await WorkOrder.find(order.requireID(), on: tx) ?? order
            try await journal((loaded.record, order), action: "failed", note: note,
                              detail: ["reason": input.reason!.rawValue, "referral": input.referral.rawValue, "follow_up": followUp?.number ?? ""],
                              context: context, on: tx)
            return (loaded.record, followUp)
        }
    }

    /// Opens the follow-up work order a referral calls for (litigation, arbitration, legal aid), linked to the mediation
    /// order (`follows`), in the region's front-desk queue; nil when the route only tells the parties.
    static func openFollowUp(_ loaded: Loaded, referral: Referral, after order: WorkOrder, matter: String, by staff: StaffPrincipal,
                             context: ActionContext, on tx: any Database) async throws -> WorkOrder? {
        guard let code = referral.followUpService(for: loaded.record.disputeType),
              let entry = try await CatalogEntry.query(on: tx).filter(\.$code == code).first(), !entry.isRetired,
              let region = try await Region.find(loaded.order.$region.id, on: tx),
              let applicant = loaded.parties.first(where: { $0.role == .applicant }) ?? loaded.parties.first
        else { return nil }
        let service = entry.serviceType
        let channel = service.channels.contains(order.channel) ? order.channel : (service.channels.first ?? .window)
        let phone = try context.secrets.decrypt(applicant.phoneEncrypted)
        let draft = IntakeDraft(
            service: service, channel: channel, name: applicant.name, phone: phone.isEmpty ? order.requesterPhoneMasked : phone,
            residentID: try applicant.residentIDEncrypted.map { try context.secrets.decrypt($0) }, matter: matter,
            region: region, servicePointID: order.$servicePoint.id, priority: order.priority, greenChannel: nil, greenChannelNote: "",
            followsID: try order.requireID(), parentID: nil, acceptNow: false)
        return try await WorkOrderIntake.submit(draft, submitter: .staff(staff), context: context, on: tx)
    }

    /// Records a follow-up visit (回访) on performance of an effective agreement (人民调解法第三十一条).
    static func recordVisit(_ caseID: Int, _ visit: FollowUpVisitRecord, by staff: StaffPrincipal,
                            context: ActionContext, on db: any Database) async throws -> MediationVisitRow {
        let loaded = try await load(caseID, for: staff, on: db)
        guard loaded.roles.assignee || loaded.roles.handlingUnit else { throw AppError.forbidden }
        _ = try decideStage(MediationLifecycle.apply(.recordVisit, in: loaded.record.stage))
        let agreement = try await MediationAgreementRow.query(on: db).filter(\.$mediationCase.$id == caseID).first()
        guard let effective = agreement?.effectiveOn.flatMap(LocalDate.init),
              visit.isValid(agreementEffective: effective, today: context.today) else {
            throw AppError.validation([.init(field: "notes", message: .mediationVisitInvalid)])
        }
        return try await db.writeTransaction { tx in
            let row = MediationVisitRow()
            row.$mediationCase.id = caseID
            row.visitedOn = visit.on.description
            row.mode = visit.mode
            row.performance = visit.performance
            row.notes = visit.notes.trimmed
            row.$recordedBy.id = staff.id
            row.recordedAt = context.now
            try await row.create(on: tx)
            try await journal((loaded.record, loaded.order), action: "visit", note: row.notes,
                              detail: ["performance": visit.performance.rawValue], context: context, on: tx)
            return row
        }
    }
}

extension String {
    var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}
