import Fluent
import FarunCore
import Foundation
import SQLKit

/// Back-office queues (后台队列): routing an accepted order to a unit, automatic assignment and claiming.
/// Correct with many instances on one PostgreSQL database: the unit row is locked while a member is chosen,
/// and claims take the oldest free order with `FOR UPDATE SKIP LOCKED`. SQLite serialises writers itself.
enum WorkOrderQueue {
    /// States in which an order counts towards its holder's load.
    static let openStates: [WorkOrderState] = [.assigned, .inProgress, .supplementRequested]

    /// The unit the routing rules choose for a service and region, if any.
    static func route(serviceCode: String, regionPath: RegionPath, on db: any Database) async throws -> Int? {
        let rows = try await RoutingRule.query(on: db)
            .group(.or) { $0.filter(\.$serviceCode == nil).filter(\.$serviceCode == serviceCode) }
            .join(HandlingUnit.self, on: \RoutingRule.$unit.$id == \HandlingUnit.$id)
            .filter(HandlingUnit.self, \.$retiredAt == nil)
            .all()
        return RoutingRules.match(serviceCode: serviceCode, regionPath: regionPath, rules: rows.compactMap(\.rule))?.unitID
    }

    /// Takes the unit's row lock for the rest of the transaction (PostgreSQL), so two intakes choosing a
    /// member for the same unit see each other's assignment. `NO KEY UPDATE`, not `UPDATE`: an order that points
    /// at the unit holds a key-share lock on its row (the foreign key), and two such transactions both asking
    /// for `FOR UPDATE` would deadlock; `NO KEY UPDATE` waits only for the other choosers.
    static func lockUnit(_ unitID: Int, on db: any Database) async throws {
        guard db.isPostgres else { return }
        _ = try await db.sql.raw("SELECT id FROM units WHERE id = \(bind: unitID) FOR NO KEY UPDATE").all()
    }

    /// Open orders per member of a unit (one grouped count, not one query per member).
    static func members(of unitID: Int, on db: any Database) async throws -> [AssignmentStrategy.Member] {
        let members = try await UnitMember.query(on: db).filter(\.$unit.$id == unitID)
            .join(StaffUser.self, on: \UnitMember.$staff.$id == \StaffUser.$id)
            .filter(StaffUser.self, \.$disabledAt == nil)
            .sort(\.$position).sort(\.$id).all()
        guard !members.isEmpty else { return [] }
        let rows = try await db.sql.select()
            .column("assignee_id").column(SQLFunction("COUNT", args: SQLLiteral.all), as: "open")
            .from(WorkOrder.schema)
            .where("assignee_id", .in, members.map { $0.$staff.id })
            .where("state", .in, openStates.map(\.rawValue))
            .groupBy("assignee_id")
            .all()
        var loads: [Int: Int] = [:]
        for row in rows { loads[try row.decode(column: "assignee_id", as: Int.self)] = try row.decode(column: "open", as: Int.self) }
        return members.map { .init(staffID: $0.$staff.id, openOrders: loads[$0.$staff.id] ?? 0, capacity: $0.capacity) }
    }

    static func openLoad(of staffID: Int, on db: any Database) async throws -> Int {
        try await WorkOrder.query(on: db).filter(\.$assignee.$id == staffID).filter(\.$state ~~ openStates).count()
    }

    /// Who the unit's strategy gives the next order to (nil: it waits in the queue). Call after `lockUnit`.
    static func chooseAssignee(unitID: Int, on db: any Database) async throws -> Int? {
        guard let unit = try await HandlingUnit.find(unitID, on: db) else { return nil }
        let members = try await members(of: unitID, on: db)
        return unit.assignmentStrategy.next(members: members, lastAssigned: unit.lastAssignedID)
    }

    /// Records that `staffID` got an order (round robin continues after them).
    static func noteAssigned(unitID: Int, staffID: Int, on db: any Database) async throws {
        try await HandlingUnit.query(on: db).filter(\.$id == unitID).set(\.$lastAssignedID, to: staffID).update()
    }

    /// Atomically takes the oldest unassigned accepted order of a unit for `staffID` (green channel and urgent
    /// ones first). Returns its id, or nil when the queue is empty. Two clerks never get the same order.
    static func claimNext(unitID: Int, staffID: Int, now: Date, on db: any Database) async throws -> Int? {
        let lock = db.isPostgres ? SQLQueryString("FOR UPDATE SKIP LOCKED") : SQLQueryString("")
        let rows = try await db.sql.raw("""
            UPDATE work_orders SET assignee_id = \(bind: staffID), state = 'assigned', version = version + 1, updated_at = \(bind: now)
            WHERE id = (SELECT id FROM work_orders
                        WHERE unit_id = \(bind: unitID) AND state = 'accepted' AND assignee_id IS NULL
                        ORDER BY CASE WHEN green_channel IS NULL THEN 1 ELSE 0 END,
                                 CASE WHEN priority = 'urgent' THEN 0 ELSE 1 END, submitted_at, id
                        LIMIT 1 \(lock))
              AND state = 'accepted' AND assignee_id IS NULL
            RETURNING id
            """).all()
        return try rows.first?.decode(column: "id", as: Int.self)
    }

    /// Atomically takes one particular order if it is still free. Returns false when someone was quicker.
    static func claim(orderID: Int, unitID: Int, staffID: Int, now: Date, on db: any Database) async throws -> Bool {
        let rows = try await db.sql.raw("""
            UPDATE work_orders SET assignee_id = \(bind: staffID), state = 'assigned', version = version + 1, updated_at = \(bind: now)
            WHERE id = \(bind: orderID) AND unit_id = \(bind: unitID) AND state = 'accepted' AND assignee_id IS NULL
            RETURNING id
            """).all()
        return !rows.isEmpty
    }

    /// Units the staff member works in.
    static func unitIDs(of staffID: Int, on db: any Database) async throws -> [Int] {
        try await UnitMember.query(on: db).filter(\.$staff.$id == staffID).all().map { $0.$unit.id }
    }
}
