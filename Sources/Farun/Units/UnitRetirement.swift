import Fluent
import FarunCore
import SQLKit
import Vapor

/// Retiring (撤销) a handling unit. Only an empty unit can go: its open orders must be transferred first, so no
/// order is left in a queue nobody looks at. The unit stays in the database for the orders it handled.
enum UnitRetirement {
    /// States in which an order still needs its unit (everything but 办结 and the final states).
    static let openStates: [WorkOrderState] = WorkOrderState.allCases.filter { $0 != .resolved && !$0.isFinal }

    static func openOrders(of unitID: Int, on db: any Database) async throws -> Int {
        try await WorkOrder.query(on: db).filter(\.$unit.$id == unitID).filter(\.$state ~~ openStates).count()
    }

    static func rules(of unitID: Int, on db: any Database) async throws -> [RoutingRule] {
        try await RoutingRule.query(on: db).filter(\.$unit.$id == unitID).sort(\.$id).all()
    }

    /// Marks the unit retired and deletes the routing rules pointing at it, each audited, in one transaction.
    /// Refused while open orders remain.
    static func retire(_ unit: HandlingUnit, by req: Request) async throws {
        let unitID = try unit.requireID()
        try await req.db.writeTransaction { db in
            // On PostgreSQL the row lock waits for intakes and transfers still putting an order into the unit (their
            // unit lock or foreign-key share lock), so the count below sees those orders.
            if db.isPostgres { _ = try await db.sql.raw("SELECT id FROM units WHERE id = \(bind: unitID) FOR UPDATE").all() }
            guard let current = try await HandlingUnit.find(unitID, on: db), current.retiredAt == nil else {
                throw AppError.conflict(.unitAlreadyRetired)
            }
            let open = try await openOrders(of: unitID, on: db)
            guard open == 0 else { throw AppError.conflict(.unitRetireOpenOrders, [String(open)]) }
            let rules = try await rules(of: unitID, on: db)
            for rule in rules {
                try await rule.delete(on: db)
                try await Audit.record("routing_rule.delete", target: "routing_rule", id: rule.id, regionPath: RegionPath(rule.regionPath),
                                       detail: ["service": rule.serviceCode ?? "*", "region": String(rule.$region.id), "unit": String(unitID),
                                                "reason": "unit_retired"], by: req, on: db)
            }
            current.retiredAt = req.now
            try await current.save(on: db)
            unit.retiredAt = current.retiredAt
            try await Audit.record("unit.retire", target: "unit", id: unitID, regionPath: unit.path,
                                   detail: ["name": unit.name, "routing_rules_deleted": rules.compactMap(\.id).map(String.init).joined(separator: ",")],
                                   by: req, on: db)
        }
    }
}
