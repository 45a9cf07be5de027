import Fluent
import FarunCore
import Foundation
import SQLKit
import Vapor

/// The periodic deadline sweep (超期预警与督办): flags orders at 80 % of their period and past it, tells the
/// assignee and escalates overdue orders to the unit head, and firms up provisional due dates once the
/// calendar has the year. Exactly one instance runs it at a time (a lease row in the database).
enum DeadlineSweep {
    static let leaseName = "deadline-sweep"

    struct Result: Sendable, Equatable {
        var checked = 0
        var warned = 0
        var escalated = 0
        var cleared = 0
        var firmed = 0
    }

    /// What the unit head and the assignee receive (through the outbox).
    struct AlertPayload: Codable, Sendable {
        let number: String
        let flag: String
        let due: String
        let unit_id: Int?
        let head_id: Int?
        let assignee_id: Int?
    }

    /// One pass over every open order whose clock runs. Safe to run on any number of instances (each order's
    /// change is a conditional update), but the lease keeps it to one so alerts are not sent twice.
    static func run(context: ActionContext, on db: any Database) async throws -> Result {
        var result = Result()
        let services = Dictionary(try await CatalogEntry.query(on: db).all().map { ($0.code, $0.serviceType) }, uniquingKeysWith: { a, _ in a })
        let running = WorkOrderState.allCases.filter(\.clockRuns)
        var lastID = 0
        while true {
            let batch = try await WorkOrder.query(on: db).filter(\.$state ~~ running).filter(\.$id > lastID)
                .group(.or) { $0.filter(\.$acceptanceDue != nil).filter(\.$handlingDue != nil) }
                .sort(\.$id).limit(200).all()
            guard let last = batch.last?.id else { break }
            lastID = last
            for order in batch {
                guard let service = services[order.serviceCode] else { continue }
                result.checked += 1
                try await sweep(order, service: service, context: context, on: db, into: &result)
            }
        }
        return result
    }

    private static func sweep(_ order: WorkOrder, service: ServiceType, context: ActionContext, on db: any Database, into result: inout Result) async throws {
        let orderID = try order.requireID()
        let pauses = try await WorkOrderDeadlines.pauses(of: orderID, on: db)
        let wasProvisional = order.acceptanceDueProvisional || order.handlingDueProvisional
        let before = (order.acceptanceDue, order.handlingDue, wasProvisional)
        if wasProvisional {
            WorkOrderDeadlines.refresh(order, service: service, calendar: context.calendar, settings: context.settings, today: context.today, pauses: pauses)
        }
        let flag = WorkOrderDeadlines.flag(order, service: service, calendar: context.calendar, settings: context.settings, today: context.today, pauses: pauses)
        let datesChanged = before != (order.acceptanceDue, order.handlingDue, order.acceptanceDueProvisional || order.handlingDueProvisional)
        guard flag != order.deadlineFlag || datesChanged else { return }
        let (firmed, outcome) = try await db.writeTransaction { tx -> (Bool, Outcome) in
            // Only if nobody changed the order meanwhile; the sweep never bumps the version, so a clerk's open
            // form stays valid.
            let updated = try await tx.sql.raw("""
                UPDATE work_orders SET deadline_flag = \(bind: flag.rawValue), acceptance_due = \(bind: order.acceptanceDue),
                    acceptance_due_provisional = \(bind: order.acceptanceDueProvisional), handling_due = \(bind: order.handlingDue),
                    handling_due_provisional = \(bind: order.handlingDueProvisional)
                WHERE id = \(bind: orderID) AND version = \(bind: order.version) RETURNING id
                """).all()
            guard !updated.isEmpty else { return (false, .none) }
            guard flag != order.deadlineFlag else { return (datesChanged, .none) }
            let previous = order.deadlineFlag
            order.deadlineFlag = flag
            let due = order.currentDue?.date.description ?? ""
            switch flag {
            case .approaching where previous == .onTime:
                try await WorkOrderJournal.append(order, action: "warn", from: order.state, note: due, detail: ["flag": flag.rawValue, "due": due], context: context, on: tx)
                try await alert(order, flag: flag, due: due, context: context, on: tx)
                return (datesChanged, .warned)
            case .overdue:
                try await tx.sql.raw("UPDATE work_orders SET escalated_at = \(bind: context.now) WHERE id = \(bind: orderID)").run()
                try await WorkOrderJournal.append(order, action: "escalate", from: order.state, note: due, detail: ["flag": flag.rawValue, "due": due], context: context, on: tx)
                try await alert(order, flag: flag, due: due, context: context, on: tx)
                return (datesChanged, .escalated)
            case .onTime, .approaching:
                return (datesChanged, .cleared)
            }
        }
        if firmed { result.firmed += 1 }
        switch outcome {
        case .warned: result.warned += 1
        case .escalated: result.escalated += 1
        case .cleared: result.cleared += 1
        case .none: break
        }
    }

    private enum Outcome { case none, warned, escalated, cleared }

    private static func alert(_ order: WorkOrder, flag: DeadlineFlag, due: String, context: ActionContext, on db: any Database) async throws {
        var headID: Int?
        if let unitID = order.$unit.id { headID = try await HandlingUnit.find(unitID, on: db)?.$head.id }
        try await Outbox.enqueue(
            topic: flag == .overdue ? "work_order.escalated" : "work_order.deadline_warning",
            payload: AlertPayload(number: order.number, flag: flag.rawValue, due: due, unit_id: order.$unit.id, head_id: headID, assignee_id: order.$assignee.id),
            at: context.now, on: db)
    }

    /// Runs every `interval` on the instance that holds the lease, until the application shuts down.
    static func start(app: Application, every interval: Duration) -> Task<Void, Never> {
        LeasedJob.start(leaseName, app: app, every: interval, ttl: Double(interval.components.seconds) * 3 + 30) { _ in
            let result = try await run(context: try await .system(app), on: app.db)
            if result.warned + result.escalated > 0 {
                app.logger.info("deadline sweep: \(result.checked) checked, \(result.warned) warned, \(result.escalated) escalated")
            }
        }
    }
}
