import Fluent
import FarunCore
import Foundation

/// Opening call-back tasks (回访/回拨). Shared by the hotline (missed calls) and ratings (不满意).
enum CallbackTasks {
    /// A missed call must be returned within this time.
    static let missedCallWindow: TimeInterval = 24 * 3600
    /// A 不满意 rating must be followed up within this time.
    static let dissatisfiedWindow: TimeInterval = 3 * 24 * 3600

    /// For a missed 12348 call: the region's hotline operators see it; nobody in particular holds it yet.
    @discardableResult
    static func openForMissedCall(_ call: CallRecord, now: Date, on db: any Database) async throws -> CallbackTask {
        let task = CallbackTask()
        task.kind = .missedCall
        task.$callRecord.id = try call.requireID()
        task.regionPath = call.regionPath
        task.dueAt = now.addingTimeInterval(missedCallWindow)
        task.outcome = ""
        task.createdAt = now
        task.version = 1
        try await task.create(on: db)
        return task
    }

    /// For a 不满意 rating: the head of the unit that handled the order.
    @discardableResult
    static func openForDissatisfied(_ order: WorkOrder, now: Date, on db: any Database) async throws -> CallbackTask {
        let task = CallbackTask()
        task.kind = .dissatisfied
        task.$workOrder.id = try order.requireID()
        task.$unit.id = order.$unit.id
        if let unitID = order.$unit.id, let unit = try await HandlingUnit.find(unitID, on: db) { task.$assignee.id = unit.$head.id }
        task.regionPath = order.regionPath
        task.dueAt = now.addingTimeInterval(dissatisfiedWindow)
        task.outcome = ""
        task.createdAt = now
        task.version = 1
        try await task.create(on: db)
        return task
    }
}
