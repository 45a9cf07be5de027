import Fluent
import FarunCore
import Foundation
import Vapor

/// Every change to a legal aid application: the lifecycle decides, the store writes the application, the work
/// order it rides on (state, assignee, pauses, timeline) and the audit trail in one transaction, with the
/// optimistic version of the application.
enum LegalAidStore {
    static let serviceCode = "LEGAL_AID"

    static func policy(_ settings: Settings) -> LegalAidPolicy {
        LegalAidPolicy(unit: settings.unspecifiedDayUnit)
    }

    static func code(of review: LegalAidScreening.EconomicReview) -> String {
        switch review {
        case .notApplicable: "not_applicable"
        case .noCondition(let item): "no_condition:\(item)"
        case .exempt(let item): "exempt:\(item)"
        case .pledge: "pledge"
        }
    }

    /// A command, as the officer, the provider or the API sends it.
    struct Command: Sendable {
        var action: LegalAidAction
        var version: Int
        var reasons = ""
        var extensionReason = ""
        var missingMaterials: [String] = []
        var providerID: Int?
        var terminationGround: TerminationGround?
        var outcome: LegalAidOutcome?
        var amountRecoveredFen: Int?
        var closingReport = ""
    }

    /// Who acts: officers review (in their region), the assigned provider handles, the system lapses.
    enum Actor: Sendable {
        case officer(StaffPrincipal)
        case provider(StaffPrincipal)
        case system
    }

    /// Which actor may take which action.
    static func permits(_ actor: Actor, _ action: LegalAidAction) -> Bool {
        switch (actor, action) {
        case (.system, .lapse): true
        case (.officer, .reopen), (.system, _): false
        case (.officer, _): action != .startHandling && action != .close
        case (.provider, _): action == .startHandling || action == .close
        }
    }

    static func perform(_ command: Command, on id: Int, as actor: Actor, context: ActionContext, on db: any Database) async throws -> LegalAidApplication {
        try await db.writeTransaction { tx in
            try await perform(command, on: id, as: actor, context: context, inTransaction: tx)
        }
    }

    /// `allowReopen`: only the bureau's objection decision reopens a review (第四十九条).
    static func perform(_ command: Command, on id: Int, as actor: Actor, context: ActionContext, inTransaction tx: any Database,
                        allowReopen: Bool = false) async throws -> LegalAidApplication {
        guard let application = try await LegalAidApplication.find(id, on: tx),
              let order = try await WorkOrder.find(application.$workOrder.id, on: tx) else { throw AppError.notFound(.legalAidEntity) }
        guard application.version == command.version else { throw AppError.conflict(.errorStaleOrder) }
        guard permits(actor, command.action) || (allowReopen && command.action == .reopen) else { throw AppError.forbidden }
        if case .provider(let staff) = actor, application.$provider.id != staff.id { throw AppError.forbidden }
        let today = context.today
        let policy = policy(context.settings)
        let rounds = try await LegalAidSupplement.query(on: tx).filter(\.$application.$id == id).sort(\.$id).all()
        let openRound = rounds.last(where: \.isOpen)
        var provider: StaffUser?
        if command.action == .assign, let providerID = command.providerID {
            provider = try await eligibleProvider(providerID, for: application, on: tx)
        }
        let input = LegalAidLifecycle.Input(
            reasons: command.reasons, missingMaterials: command.missingMaterials,
            replyDue: command.action == .lapse ? openRound.flatMap { LocalDate($0.replyDue) }
                : LegalAidDeadlines.supplementReplyDue(noticeOn: today, policy: policy, calendar: context.calendar).dueDate,
            terminationGround: command.terminationGround, hasProvider: provider != nil, outcome: command.outcome,
            amountRecoveredFen: command.amountRecoveredFen, today: today)
        let next: LegalAidState
        switch LegalAidLifecycle.apply(command.action, to: application.state, input) {
        case .success(let state): next = state
        case .failure(let problem): throw problem.appError
        }
        let from = application.state
        let reasons = command.reasons.trimmingCharacters(in: .whitespacesAndNewlines)
        let extensionReason = command.extensionReason.trimmingCharacters(in: .whitespacesAndNewlines)
        var detail: [String: String] = ["legal_aid_number": application.number]
        var notice: (topic: String, key: L, args: [String])?

        switch command.action {
        case .requestMaterials:
            let items = command.missingMaterials.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
            let round = LegalAidSupplement()
            round.$application.id = id
            round.items = items.joined(separator: "\n")
            round.noticeOn = today.description
            round.replyDue = input.replyDue?.description ?? today.description
            if case .officer(let staff) = actor { round.$createdBy.id = staff.id }
            try await round.create(on: tx)
            try await startPause(order, on: today, tx)
            order.missingMaterials = round.items
            detail["reply_due"] = round.replyDue
            detail["items"] = String(items.count)
            notice = ("legal_aid.supplement", .legalAidNoticeSupplement, [order.number, items.joined(separator: "、"), round.replyDue])
        case .supplyMaterials, .lapse:
            guard let openRound else { throw AppError.conflict(.legalAidNoOpenRound) }
            if command.action == .supplyMaterials { openRound.suppliedOn = today.description } else { openRound.lapsedOn = today.description }
            try await openRound.save(on: tx)
            try await endPause(order, on: today, tx)
            order.missingMaterials = ""
            if command.action == .lapse { notice = ("legal_aid.lapsed", .legalAidNoticeLapsed, [order.number]) }
        case .grant, .refuse:
            guard application.conflictCheckedAt != nil else { throw AppError.conflict(.legalAidConflictCheckFirst) }
            // A one-step application (call, consultation) is granted only once the applicant gave what it lacked.
            if command.action == .grant, !application.missingFieldList.isEmpty {
                throw AppError.conflict(.laHandoffIncomplete, [application.missingFieldList.map(\.rawValue).joined(separator: ", ")])
            }
            let due = decisionDue(application, rounds: rounds, policy: policy, calendar: context.calendar, today: today)
            let timeliness = try timely(today, due: due, extensionReason: extensionReason, field: "extension_reason")
            application.decision = command.action.rawValue
            application.decidedOn = today.description
            if application.firstDecidedOn == nil {
                application.firstDecidedOn = today.description
                application.firstGranted = command.action == .grant
                application.decidedLate = timeliness.isLate
            }
            application.decisionReasons = reasons
            application.extensionReason = extensionReason
            if case .officer(let staff) = actor { application.$decidedBy.id = staff.id }
            if command.action == .grant {
                let assignment = LegalAidDeadlines.assignmentDue(decidedOn: today, policy: policy, calendar: context.calendar)
                application.assignmentDue = assignment.dueDate.description
                notice = ("legal_aid.granted", .legalAidNoticeGranted, [order.number])
            } else {
                order.outcome = reasons
                notice = ("legal_aid.refused", .legalAidNoticeRefused, [order.number, reasons])
            }
            detail["late"] = timeliness.isLate ? "true" : "false"
        case .assign:
            guard let provider else { throw AppError.validation([.init(field: "provider_id", message: .legalAidProviderRequired)]) }
            // 第二十六条 (LA-14): life or death notices need 3+ years of relevant practice.
            try await LegalAidNotices.checkLawyer(for: application, providerID: try provider.requireID(), on: today, tx)
            if from == .granted, let due = application.assignmentDue.flatMap(LocalDate.init) {
                let deadline = Deadline(dueDate: due, isProvisional: false, pausedDays: 0, openPause: false)
                _ = try timely(today, due: deadline, extensionReason: extensionReason, field: "extension_reason")
            }
            application.$provider.id = try provider.requireID()
            application.providerName = provider.displayName
            application.assignedOn = today.description
            order.$assignee.id = provider.id
            detail["provider"] = String(provider.id ?? 0)
            if !extensionReason.isEmpty { detail["extension_reason"] = extensionReason }
            notice = ("legal_aid.assigned", .legalAidNoticeAssigned, [order.number, provider.displayName])
        case .close:
            application.outcome = command.outcome
            application.amountRecoveredFen = command.amountRecoveredFen ?? 0
            application.closingReport = command.closingReport.trimmingCharacters(in: .whitespacesAndNewlines)
            application.closedOn = today.description
            order.outcome = application.closingReport
            order.resolvedAt = context.now
            detail["outcome"] = command.outcome?.rawValue ?? ""
            detail["amount_fen"] = String(application.amountRecoveredFen)
        case .terminate:
            application.terminationGround = command.terminationGround
            application.decisionReasons = reasons
            order.outcome = reasons
            detail["ground"] = command.terminationGround?.rawValue ?? ""
            notice = ("legal_aid.terminated", .legalAidNoticeTerminated, [order.number, reasons])
        case .reopen:
            // A correction order (第四十九条): decide again within a fresh 7 days from today.
            let due = LegalAidDeadlines.decisionDue(receivedOn: today, supplements: [], policy: policy, calendar: context.calendar)
            application.decisionDue = due.dueDate.description
            application.decisionDueProvisional = due.isProvisional
            application.receivedOn = today.description
            application.decision = nil
            application.conflictCheckedAt = nil
        case .withdraw, .startHandling:
            break
        }

        application.state = next
        if command.action == .requestMaterials || command.action == .supplyMaterials {
            let rounds = try await LegalAidSupplement.query(on: tx).filter(\.$application.$id == id).all()
            let due = decisionDue(application, rounds: rounds, policy: policy, calendar: context.calendar, today: today)
            application.decisionDue = due.dueDate.description
            application.decisionDueProvisional = due.isProvisional
        }
        application.version += 1
        application.updatedAt = context.now
        try await application.save(on: tx)

        let orderFrom = order.state
        order.state = next.workOrderState
        order.resumeState = next == .materialsIncomplete ? .submitted : nil
        if next == .received { order.acceptanceDue = application.decisionDue }
        if next.isFinal || next == .refused || next == .terminated { order.closedAt = next.isFinal ? context.now : order.closedAt }
        order.version += 1
        order.updatedAt = context.now
        try await order.save(on: tx)
        if !reasons.isEmpty { detail["reasons"] = String(reasons.prefix(200)) }
        detail["legal_aid_from"] = from.rawValue
        detail["legal_aid_to"] = next.rawValue
        try await WorkOrderJournal.append(order, action: "legal_aid.\(command.action.rawValue)", from: orderFrom,
                                          note: reasons, detail: detail, context: context, on: tx)
        if let notice {
            try await WorkOrderJournal.notify(order, topic: notice.topic, key: notice.key, args: notice.args, context: context, on: tx)
        }
        return application
    }

    /// The 第四十三条 deadline with every supplement round as a pause.
    static func decisionDue(_ application: LegalAidApplication, rounds: [LegalAidSupplement], policy: LegalAidPolicy,
                            calendar: WorkCalendar, today: LocalDate) -> Deadline {
        let received = LocalDate(application.receivedOn) ?? today
        return LegalAidDeadlines.decisionDue(receivedOn: received, supplements: rounds.compactMap(\.pause), policy: policy,
                                             calendar: calendar, asOf: today)
    }

    private static func timely(_ day: LocalDate, due: Deadline, extensionReason: String, field: String) throws -> Timeliness {
        switch LegalAidDeadlines.timeliness(of: day, due: due, extensionReason: extensionReason) {
        case .success(let t): return t
        case .failure(let late): throw AppError.validation([.init(field: field, message: .legalAidLateWithoutReason, args: [late.due.description])])
        }
    }

    /// A provider is an active staff member who handles work orders in the application's region.
    private static func eligibleProvider(_ id: Int, for application: LegalAidApplication, on db: any Database) async throws -> StaffUser? {
        guard let user = try await StaffUser.find(id, on: db), user.disabledAt == nil else { return nil }
        let grants = try await RoleGrant.query(on: db).filter(\.$user.$id == id).with(\.$region).all()
        let ok = grants.contains { grant in
            grant.role.permissions.contains(.handleWorkOrders) && grant.region.regionPath.contains(application.path)
        }
        return ok ? user : nil
    }

    private static func startPause(_ order: WorkOrder, on day: LocalDate, _ tx: any Database) async throws {
        let pause = WorkOrderPause()
        pause.$workOrder.id = try order.requireID()
        pause.reason = "supplement"
        pause.startedOn = day.description
        try await pause.create(on: tx)
    }

    private static func endPause(_ order: WorkOrder, on day: LocalDate, _ tx: any Database) async throws {
        let open = try await WorkOrderPause.query(on: tx).filter(\.$workOrder.$id == order.requireID()).filter(\.$endedOn == nil).all()
        for pause in open {
            pause.endedOn = day.description
            try await pause.save(on: tx)
        }
    }
}

extension LegalAidLifecycle.Problem {
    var appError: AppError {
        switch self {
        case .notAllowed(let from, let action): .conflict(.legalAidNotAllowed, [from.rawValue, action.rawValue])
        case .reasonsRequired: .validation([.init(field: "reasons", message: .legalAidReasonsRequired)])
        case .missingMaterialsRequired: .validation([.init(field: "missing_materials", message: .legalAidMissingRequired)])
        case .replyDueRequired: .validation([.init(field: "missing_materials", message: .legalAidReplyDueRequired)])
        case .replyDueNotPassed: .conflict(.legalAidReplyDueNotPassed)
        case .terminationGroundRequired: .validation([.init(field: "termination_ground", message: .legalAidGroundRequired)])
        case .providerRequired: .validation([.init(field: "provider_id", message: .legalAidProviderRequired)])
        case .outcomeRequired: .validation([.init(field: "outcome", message: .legalAidOutcomeRequired)])
        case .amount(.negative): .validation([.init(field: "amount_recovered", message: .legalAidAmountNegative)])
        case .amount(.absurd): .validation([.init(field: "amount_recovered", message: .legalAidAmountAbsurd)])
        }
    }
}
