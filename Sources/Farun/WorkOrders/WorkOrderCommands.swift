import Fluent
import FarunCore
import Foundation
import SQLKit

/// Every change to an existing order goes through `perform`: the lifecycle decides, the version check refuses
/// stale edits, and the timeline, audit trail, notices and outbox are written in the same transaction.
enum WorkOrderCommands {
    /// The parts a person plays on one order; the lifecycle is asked with each in turn.
    struct Roles: Sendable, Equatable {
        var frontDesk = false
        var handlingUnit = false
        var assignee = false
        var citizen = false
        var system = false

        var actors: [WorkOrderActor] {
            var result: [WorkOrderActor] = []
            if assignee { result.append(.assignee) }
            if handlingUnit { result.append(.handlingUnit) }
            if frontDesk { result.append(.frontDesk) }
            if citizen { result.append(.citizen) }
            if system { result.append(.system) }
            return result
        }

        var canView: Bool { frontDesk || handlingUnit || assignee || citizen || system }
    }

    struct ActionRequest: Sendable, Equatable {
        var action: WorkOrderAction
        /// The version the person saw; a different current version means someone else changed the order.
        var version: Int
        var reason: String = ""
        var missingMaterials: [String] = []
        var assigneeID: Int? = nil
        var targetUnitID: Int? = nil
    }

    /// The roles of a staff member on an order.
    static func roles(of staff: StaffPrincipal, for order: WorkOrder, on db: any Database) async throws -> Roles {
        var roles = Roles()
        roles.assignee = order.$assignee.id == staff.id
        if let unitID = order.$unit.id {
            let member = try await UnitMember.query(on: db).filter(\.$unit.$id == unitID).filter(\.$staff.$id == staff.id).first() != nil
            roles.handlingUnit = (member && staff.allows(.handleWorkOrders)) || staff.allows(.superviseWorkOrders, in: order.path)
        }
        roles.frontDesk = staff.allows(.intakeWorkOrders, in: order.path)
        return roles
    }

    /// Whether a staff member may open the order at all (region scope, or membership of its unit).
    static func mayView(_ staff: StaffPrincipal, _ order: WorkOrder, roles: Roles) -> Bool {
        roles.canView || staff.allows(.handleWorkOrders, in: order.path) || staff.allows(.superviseWorkOrders, in: order.path)
    }

    static func perform(_ request: ActionRequest, on orderID: Int, as roles: Roles, context: ActionContext, on db: any Database) async throws -> WorkOrder {
        try await db.writeTransaction { tx in
            try await perform(request, on: orderID, as: roles, context: context, inTransaction: tx)
        }
    }

    static func perform(_ request: ActionRequest, on orderID: Int, as roles: Roles, context: ActionContext, inTransaction tx: any Database) async throws -> WorkOrder {
        guard let order = try await WorkOrder.find(orderID, on: tx) else { throw AppError.notFound(.workOrderEntity) }
        guard order.version == request.version else { throw AppError.conflict(.errorStaleOrder) }
        try await LegalAidOrderGuard.check(request.action, on: order, citizen: roles.citizen, on: tx)
        let service = try await CatalogEntry.query(on: tx).filter(\.$code == order.serviceCode).first()?.serviceType
        let targetUnit = try await request.targetUnitID.asyncMap { try await HandlingUnit.find($0, on: tx) } ?? nil
        let input = WorkOrderLifecycle.Input(
            reason: request.reason, missingMaterials: request.missingMaterials, hasAssignee: request.assigneeID != nil,
            hasTarget: targetUnit != nil && targetUnit?.retiredAt == nil && targetUnit?.id != order.$unit.id)
        let transition = try decide(request.action, order.status, roles: roles, input: input)

        // Claim the version first: a concurrent writer blocks here (PostgreSQL) or fails the check.
        let bumped = try await tx.sql.raw("""
            UPDATE work_orders SET version = version + 1, updated_at = \(bind: context.now)
            WHERE id = \(bind: orderID) AND version = \(bind: request.version) RETURNING id
            """).all()
        guard !bumped.isEmpty else { throw AppError.conflict(.errorStaleOrder) }
        order.version = request.version + 1
        order.updatedAt = context.now

        let from = order.state
        order.state = transition.to.state
        order.resumeState = transition.to.resumeState
        let reason = request.reason.trimmingCharacters(in: .whitespacesAndNewlines)
        var detail: [String: String] = [:]
        var notice: (topic: String, key: L, args: [String])?
        let today = context.today

        switch request.action {
        case .accept:
            let unitID = try await acceptingUnit(order, requested: targetUnit, serviceName: service?.nameZh ?? order.serviceCode, on: tx)
            order.$unit.id = unitID
            order.$assignee.id = nil
            if order.acceptedOn == nil { order.acceptedOn = today.description }
            detail["unit"] = String(unitID)
            notice = ("accepted", .noticeAccepted, [order.number])
        case .refuse:
            order.outcome = reason
            notice = ("refused", .noticeRefused, [order.number, reason])
        case .assign:
            guard let unitID = order.$unit.id, let assigneeID = request.assigneeID else { throw AppError.validation([.init(field: "assignee_id", message: .errorAssigneeRequired)]) }
            try await WorkOrderQueue.lockUnit(unitID, on: tx)
            guard let member = try await UnitMember.query(on: tx).filter(\.$unit.$id == unitID).filter(\.$staff.$id == assigneeID).first() else {
                throw AppError.validation([.init(field: "assignee_id", message: .errorAssigneeRequired)])
            }
            if order.$assignee.id != assigneeID, try await WorkOrderQueue.openLoad(of: assigneeID, on: tx) >= member.capacity {
                throw AppError.conflict(.errorMemberFull, ["\(member.capacity)"])
            }
            order.$assignee.id = assigneeID
            try await WorkOrderQueue.noteAssigned(unitID: unitID, staffID: assigneeID, on: tx)
            detail["assignee"] = String(assigneeID)
        case .start:
            break
        case .requestSupplement:
            let items = request.missingMaterials.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            order.missingMaterials = items.joined(separator: "\n")
            let pause = WorkOrderPause()
            pause.$workOrder.id = orderID
            pause.reason = "supplement"
            pause.startedOn = today.description
            try await pause.create(on: tx)
            detail["missing"] = order.missingMaterials
            notice = ("supplement_requested", .noticeSupplement, [order.number, items.joined(separator: "；")])
        case .supplementReceived:
            try await WorkOrderPause.query(on: tx).filter(\.$workOrder.$id == orderID).filter(\.$endedOn == nil)
                .set(\.$endedOn, to: today.description).update()
            order.missingMaterials = ""
        case .transfer:
            let target = targetUnit!
            detail["from_unit"] = order.$unit.id.map(String.init) ?? ""
            detail["to_unit"] = String(try target.requireID())
            order.$unit.id = try target.requireID()
            order.$assignee.id = nil
            notice = ("transferred", .noticeTransferred, [order.number])
        case .returnToFrontDesk:
            order.$unit.id = nil
            order.$assignee.id = nil
        case .withdraw:
            try await WorkOrderPause.query(on: tx).filter(\.$workOrder.$id == orderID).filter(\.$endedOn == nil)
                .set(\.$endedOn, to: today.description).update()
            notice = ("withdrawn", .noticeWithdrawn, [order.number])
        case .resolve:
            let open = try await WorkOrder.query(on: tx).filter(\.$parent.$id == orderID)
                .filter(\.$state !~ [.resolved, .closed, .refused, .withdrawn]).count()
            if open > 0 { throw AppError.conflict(.errorParentOpenChildren, ["\(open)"]) }
            order.outcome = reason
            order.resolvedAt = context.now
            notice = ("resolved", .noticeResolved, [order.number])
        case .close:
            order.closedAt = context.now
        }
        if !reason.isEmpty, request.action != .resolve, request.action != .refuse { detail["reason"] = reason }

        try await refreshDeadlines(order, service: service, context: context, on: tx)
        try await order.save(on: tx)
        try await WorkOrderJournal.append(order, action: request.action.rawValue, from: from, note: reason, detail: detail, context: context, on: tx)
        if let notice { try await WorkOrderJournal.notify(order, topic: notice.topic, key: notice.key, args: notice.args, context: context, on: tx) }
        if request.action == .accept { try await autoAssign(order, context: context, on: tx) }
        return order
    }

    /// The lifecycle's answer for the first role that may take the action, or the clearest refusal.
    static func decide(_ action: WorkOrderAction, _ status: WorkOrderLifecycle.Status, roles: Roles, input: WorkOrderLifecycle.Input) throws -> WorkOrderLifecycle.Transition {
        var problem: WorkOrderLifecycle.Problem = .notAllowed(from: status.state, action: action)
        let actors = roles.actors
        for actor in actors {
            switch WorkOrderLifecycle.apply(action, to: status, by: actor, input: input) {
            case .success(let transition): return transition
            case .failure(.notYourStep): continue
            case .failure(let other): problem = other
            }
        }
        if case .notAllowed = problem, !actors.isEmpty,
           actors.allSatisfy({ if case .failure(.notYourStep) = WorkOrderLifecycle.apply(action, to: status, by: $0, input: input) { true } else { false } }) {
            problem = .notYourStep(actor: actors[0], action: action)
        }
        switch problem {
        case .reasonRequired: throw AppError.validation([.init(field: "reason", message: .errorReasonRequired)])
        case .missingMaterialsRequired: throw AppError.validation([.init(field: "missing_materials", message: .errorMissingMaterialsRequired)])
        case .assigneeRequired: throw AppError.validation([.init(field: "assignee_id", message: .errorAssigneeRequired)])
        case .targetRequired: throw AppError.validation([.init(field: "target_unit_id", message: .errorTargetRequired)])
        default: throw AppError.lifecycle(problem)
        }
    }

    /// The unit that takes an accepted order: the one asked for, the one it was transferred to, or routing.
    /// The unit's row is locked and re-read, so a unit retired meanwhile is never given an order (retiring locks
    /// the same row and refuses while the unit has open orders).
    private static func acceptingUnit(_ order: WorkOrder, requested: HandlingUnit?, serviceName: String, on db: any Database) async throws -> Int {
        var candidate: Int?
        if let requested, requested.retiredAt == nil {
            candidate = try requested.requireID()
        } else if let current = order.$unit.id {
            candidate = current
        } else {
            candidate = try await WorkOrderQueue.route(serviceCode: order.serviceCode, regionPath: order.path, on: db)
        }
        guard let unitID = candidate else { throw AppError.conflict(.errorNoRoute, [serviceName]) }
        try await WorkOrderQueue.lockUnit(unitID, on: db)
        guard let unit = try await HandlingUnit.find(unitID, on: db), unit.retiredAt == nil else {
            throw AppError.conflict(.errorNoRoute, [serviceName])
        }
        return unitID
    }

    /// After acceptance, the unit's strategy may hand the order to a member at once.
    private static func autoAssign(_ order: WorkOrder, context: ActionContext, on tx: any Database) async throws {
        guard let unitID = order.$unit.id, order.state == .accepted else { return }
        try await WorkOrderQueue.lockUnit(unitID, on: tx)
        guard let staffID = try await WorkOrderQueue.chooseAssignee(unitID: unitID, on: tx) else { return }
        let systemContext = ActionContext(now: context.now, doer: .system, secrets: context.secrets, settings: context.settings, calendar: context.calendar)
        let from = order.state
        order.state = .assigned
        order.$assignee.id = staffID
        order.version += 1
        try await order.save(on: tx)
        try await WorkOrderQueue.noteAssigned(unitID: unitID, staffID: staffID, on: tx)
        try await WorkOrderJournal.append(order, action: WorkOrderAction.assign.rawValue, from: from, note: "", detail: ["assignee": String(staffID), "auto": "true"], context: systemContext, on: tx)
    }

    static func refreshDeadlines(_ order: WorkOrder, service: ServiceType?, context: ActionContext, on db: any Database) async throws {
        guard let service else { return }
        let pauses = try await WorkOrderDeadlines.pauses(of: try order.requireID(), on: db)
        WorkOrderDeadlines.refresh(order, service: service, calendar: context.calendar, settings: context.settings, today: context.today, pauses: pauses)
        order.deadlineFlag = WorkOrderDeadlines.flag(order, service: service, calendar: context.calendar, settings: context.settings, today: context.today, pauses: pauses)
    }

    /// Claims the oldest free order of a unit for a member, writing the timeline. Nil when the queue is empty.
    static func claimNext(unitID: Int, staff: StaffPrincipal, context: ActionContext, on db: any Database) async throws -> WorkOrder? {
        try await db.writeTransaction { tx in
            // Lock only this member's row: different members claim concurrently (SKIP LOCKED keeps them apart),
            // while one person's parallel claims are serialised so their capacity holds.
            if tx.isPostgres {
                _ = try await tx.sql.raw("SELECT id FROM unit_members WHERE unit_id = \(bind: unitID) AND staff_id = \(bind: staff.id) FOR NO KEY UPDATE").all()
            }
            guard let member = try await UnitMember.query(on: tx).filter(\.$unit.$id == unitID).filter(\.$staff.$id == staff.id).first() else {
                throw AppError.forbidden
            }
            if try await WorkOrderQueue.openLoad(of: staff.id, on: tx) >= member.capacity {
                throw AppError.conflict(.errorMemberFull, ["\(member.capacity)"])
            }
            guard let id = try await WorkOrderQueue.claimNext(unitID: unitID, staffID: staff.id, now: context.now, on: tx),
                  let order = try await WorkOrder.find(id, on: tx)
            else { return nil }
            try await WorkOrderJournal.append(order, action: "claim", from: .accepted, note: "", detail: ["assignee": String(staff.id)], context: context, on: tx)
            return order
        }
    }
}

extension Optional {
    func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        guard let value = self else { return nil }
        return try await transform(value)
    }

    func asyncOr(_ fallback: () async throws -> Wrapped) async rethrows -> Wrapped {
        if let value = self { return value }
        return try await fallback()
    }
}
