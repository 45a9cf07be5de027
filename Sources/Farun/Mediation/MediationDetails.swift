import Fluent
import FarunCore
import Foundation

/// Everything the case page and the API show about one case, read in one place.
struct MediationDetails: Sendable {
    let loaded: MediationStore.Loaded
    let sessions: [MediationSessionRow]
    let agreement: MediationAgreementRow?
    let signatures: [MediationSignatureRow]
    let visits: [MediationVisitRow]
    let conflicts: [MediationConflictRow]
    let mediatorName: String?
    /// Unit members who may be assigned (id, name), for the head.
    let members: [(id: Int, name: String)]
    let followUpNumber: String?
    /// The judicial-confirmation reminder (人民调解法第三十三条) once the agreement is effective.
    let reminder: MediationPeriods.ConfirmationReminder?
    /// Labour disputes: the day either party may apply for arbitration (劳动争议调解仲裁法第十四条) while no agreement.
    let labourArbitrationOpens: Deadline?
    /// The judicial-confirmation application and the court's decision, once recorded.
    let confirmation: MediationConfirmationRow?
    let confirmationFollowUpNumber: String?

    /// 若干规定第四条 (PM-X1): the agreement concerns identity, adoption or marriage relations.
    var confirmationExcluded: Bool { MediationStore.excludedFromConfirmation(record, agreement) }

    /// Whether the viewer may record the application or the decision now (the mediator or the committee, agreed cases).
    var mayRecordConfirmation: Bool {
        record.stage == .agreed && (loaded.roles.assignee || loaded.roles.handlingUnit)
            && (confirmation == nil ? !confirmationExcluded : confirmation?.outcome == nil)
    }

    /// What the case is shown as (an online dispute not yet accepted by the front desk is 待受理).
    var shownStage: ShownMediationStage { ShownMediationStage(record.stage, orderState: order.state) }

    var record: MediationCase { loaded.record }
    var order: WorkOrder { loaded.order }

    /// The actions the viewer may take now, as the page shows them.
    var actions: [MediationAction] {
        let roles = loaded.roles
        return MediationLifecycle.availableActions(in: record.stage).filter { action in
            switch action {
            case .assign: roles.handlingUnit && order.$unit.id != nil
            // Also the mediator the unit's rotation gave it to, who takes it by declaring (see MediationStore.assign).
            case .claim: roles.handlingUnit && order.$unit.id != nil && (order.$assignee.id == nil || (roles.assignee && record.stage == .accepted))
            case .recordSession, .draftAgreement, .sign, .fail: roles.assignee
            case .recordVisit: roles.assignee || roles.handlingUnit
            }
        }
    }

    static func load(_ caseID: Int, for staff: StaffPrincipal, context: ActionContext, on db: any Database) async throws -> MediationDetails {
        let loaded = try await MediationStore.load(caseID, for: staff, on: db)
        let sessions = try await MediationSessionRow.query(on: db).filter(\.$mediationCase.$id == caseID).sort(\.$heldAt).all()
        let agreement = try await MediationAgreementRow.query(on: db).filter(\.$mediationCase.$id == caseID).first()
        let signatures = try await MediationSignatureRow.query(on: db).filter(\.$mediationCase.$id == caseID).sort(\.$id).all()
        let visits = try await MediationVisitRow.query(on: db).filter(\.$mediationCase.$id == caseID).sort(\.$visitedOn).all()
        let conflicts = try await MediationConflictRow.query(on: db).filter(\.$mediationCase.$id == caseID).sort(\.$id).all()
        let mediatorName = try await loaded.order.$assignee.id.asyncMap { try await StaffUser.find($0, on: db)?.displayName } ?? nil
        var members: [(id: Int, name: String)] = []
        if loaded.roles.handlingUnit, let unitID = loaded.order.$unit.id {
            let rows = try await UnitMember.query(on: db).filter(\.$unit.$id == unitID).with(\.$staff).sort(\.$position).all()
            members = rows.map { ($0.$staff.id, $0.staff.displayName) }
        }
        let followUp = try await loaded.record.$referralOrder.id.asyncMap { try await WorkOrder.find($0, on: db)?.number } ?? nil
        let reminder = agreement?.effectiveOn.flatMap(LocalDate.init).map {
            MediationPeriods.confirmationReminder(agreementEffective: $0, today: context.today, calendar: context.calendar)
        }
        var labour: Deadline?
        if loaded.record.disputeType == .labour, !loaded.record.stage.isFinal, let received = LocalDate(loaded.record.acceptedOn) {
            labour = MediationPeriods.labourArbitrationOpens(applicationReceived: received, calendar: context.calendar)
        }
        let confirmation = try await MediationConfirmationRow.query(on: db).filter(\.$mediationCase.$id == caseID).first()
        var confirmationFollowUp: String?
        if let id = confirmation?.$referralOrder.id { confirmationFollowUp = try await WorkOrder.find(id, on: db)?.number }
        return MediationDetails(loaded: loaded, sessions: sessions, agreement: agreement, signatures: signatures, visits: visits,
                                conflicts: conflicts, mediatorName: mediatorName, members: members, followUpNumber: followUp,
                                reminder: reminder, labourArbitrationOpens: labour, confirmation: confirmation,
                                confirmationFollowUpNumber: confirmationFollowUp)
    }
}
