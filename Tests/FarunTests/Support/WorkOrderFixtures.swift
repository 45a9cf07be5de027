import FarunCore
import Fluent
import Foundation
import Vapor
@testable import Farun

/// A county with a legal aid centre (round robin, two officers), a town A notary office (claim), a front desk
/// clerk in town A and a hotline operator at the county; routing rules for legal aid (county-wide) and
/// notarization (town A).
struct WorkOrderDesk {
    let j: Jurisdiction
    let clerk: StaffUser
    let operatorUser: StaffUser
    let officer1: StaffUser
    let officer2: StaffUser
    let notary: StaffUser
    let head: StaffUser
    let legalAid: HandlingUnit
    let notaryOffice: HandlingUnit

    static func make(_ app: Application) async throws -> WorkOrderDesk {
        let j = try await Jurisdiction.make(on: app.db)
        let clerk = try await makeStaff(app, "clerk.a", [(.windowClerk, j.townA)])
        let op = try await makeStaff(app, "operator", [(.hotlineOperator, j.county)])
        let o1 = try await makeStaff(app, "officer.1", [(.legalAidOfficer, j.county)])
        let o2 = try await makeStaff(app, "officer.2", [(.legalAidOfficer, j.county)])
        let notary = try await makeStaff(app, "notary.a", [(.notary, j.townA)])
        let head = try await makeStaff(app, "head", [(.judicialOfficeStaff, j.county)])
        let legalAid = try await makeUnit(app, "古县法律援助中心", in: j.county, strategy: .roundRobin, head: head, members: [(o1, 5), (o2, 5)])
        let notaryOffice = try await makeUnit(app, "岳阳镇公证服务点", in: j.townA, strategy: .claim, head: head, members: [(notary, 3)])
        try await makeRule(app, service: "LEGAL_AID", in: j.county, unit: legalAid)
        try await makeRule(app, service: "NOTARIZATION", in: j.townA, unit: notaryOffice)
        return WorkOrderDesk(j: j, clerk: clerk, operatorUser: op, officer1: o1, officer2: o2, notary: notary, head: head,
                             legalAid: legalAid, notaryOffice: notaryOffice)
    }
}

@discardableResult
func makeUnit(_ app: Application, _ name: String, in region: Region, strategy: AssignmentStrategy, head: StaffUser? = nil,
              members: [(StaffUser, Int)] = []) async throws -> HandlingUnit {
    let unit = HandlingUnit(name: name, regionID: try region.requireID(), regionPath: region.regionPath, strategy: strategy, headID: head?.id)
    try await unit.create(on: app.db)
    for (index, (user, capacity)) in members.enumerated() {
        try await UnitMember(unitID: try unit.requireID(), staffID: try user.requireID(), capacity: capacity, position: index).create(on: app.db)
    }
    return unit
}

@discardableResult
func makeRule(_ app: Application, service: String?, in region: Region, unit: HandlingUnit) async throws -> RoutingRule {
    let rule = RoutingRule(serviceCode: service, regionID: try region.requireID(), regionPath: region.regionPath, unitID: try unit.requireID())
    try await rule.create(on: app.db)
    return rule
}

/// A valid intake for town A (override what a test is about).
func intake(_ j: Jurisdiction, service: String = "LEGAL_AID", channel: String = "window", phone: String = "13800138000",
            residentID: String? = "11010519491231002X", acceptNow: Bool? = nil) -> IntakeInput {
    IntakeInput(service: service, channel: channel, requesterName: "张三", requesterPhone: phone, residentID: residentID,
                matter: "老板拖欠工资三个月", regionID: j.townA.id, servicePointID: nil, priority: nil, greenChannel: nil,
                greenChannelNote: nil, follows: nil, parent: nil, acceptNow: acceptNow)
}

/// Submits through the one intake path as a staff member (or a citizen when `staff` is nil).
func submitOrder(_ app: Application, _ input: IntakeInput, by staff: StaffUser?) async throws -> WorkOrder {
    let submitter: Submitter
    if let staff {
        submitter = .staff(try await principal(app, staff))
    } else {
        submitter = .citizen(citizenID: nil)
    }
    let draft = try await WorkOrderIntake.validate(input, submitter: submitter, on: app.db).get()
    return try await WorkOrderIntake.submit(draft, submitter: submitter, context: try await ActionContext.system(app), on: app.db)
}

/// The principal of a staff user, as the authentication middleware builds it.
func principal(_ app: Application, _ user: StaffUser) async throws -> StaffPrincipal {
    try await StaffPrincipals.load(user, tokenScopes: nil, on: app.db)
}

/// Performs an action as a staff user with their real roles on the order.
@discardableResult
func act(_ app: Application, _ order: WorkOrder, _ action: WorkOrderAction, by user: StaffUser, reason: String = "",
         missing: [String] = [], assignee: StaffUser? = nil, target: HandlingUnit? = nil, version: Int? = nil) async throws -> WorkOrder {
    let current = try await WorkOrder.find(order.id, on: app.db)!
    let staff = try await principal(app, user)
    let roles = try await WorkOrderCommands.roles(of: staff, for: current, on: app.db)
    let context = ActionContext(now: app.clock.now(), doer: Doer(kind: "staff", id: staff.id, name: staff.displayName, requestID: "", ip: ""),
                                secrets: app.secrets, settings: app.settings, calendar: try await CalendarStore.current(on: app.db))
    return try await WorkOrderCommands.perform(
        .init(action: action, version: version ?? current.version, reason: reason, missingMaterials: missing, assigneeID: assignee?.id, targetUnitID: target?.id),
        on: try current.requireID(), as: roles, context: context, on: app.db)
}
