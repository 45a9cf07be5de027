import Fluent
import FarunCore
import Foundation
import SQLKit
import Vapor

/// Call-back tasks (回拨/回访) for the people who must do them: missed calls for the region's hotline
/// operators; 不满意 follow-ups for the unit head they were given to and for the region's supervisors.
enum CallbackQueries {
    static let maximumOutcomeLength = 2000

    struct Visibility: Sendable {
        let staffID: Int
        let hotlineScopes: [RegionPath]
        let superviseScopes: [RegionPath]

        init(_ staff: StaffPrincipal) {
            staffID = staff.id
            hotlineScopes = staff.scopes(for: .handleHotline)
            superviseScopes = staff.scopes(for: .superviseWorkOrders)
        }

        func allows(_ task: CallbackTask) -> Bool {
            let path = RegionPath(task.regionPath) ?? RegionPath(ids: [])
            switch task.kind {
            case .missedCall: return hotlineScopes.contains { $0.contains(path) }
            case .dissatisfied: return task.$assignee.id == staffID || superviseScopes.contains { $0.contains(path) }
            }
        }
    }

    /// Open tasks, the most urgent first; or done ones, the latest first.
    static func list(_ visibility: Visibility, done: Bool, page: PageRequest, on db: any Database) async throws -> ([CallbackTask], PageInfo) {
        let query = CallbackTask.query(on: db).group(.or) { any in
            if !visibility.hotlineScopes.isEmpty {
                any.group(.and) { missed in
                    missed.filter(\.$kind == .missedCall).group(.or) { within in
                        for scope in visibility.hotlineScopes { within.filter(\.$regionPath, .custom("LIKE"), scope.likePattern) }
                    }
                }
            }
            any.group(.and) { unhappy in
                unhappy.filter(\.$kind == .dissatisfied).group(.or) { who in
                    who.filter(\.$assignee.$id == visibility.staffID)
                    for scope in visibility.superviseScopes { who.filter(\.$regionPath, .custom("LIKE"), scope.likePattern) }
                }
            }
        }
        if done { query.filter(\.$doneAt != nil) } else { query.filter(\.$doneAt == nil) }
        let total = try await query.count()
        if done { query.sort(\.$doneAt, .descending) } else { query.sort(\.$dueAt, .ascending) }
        let rows = try await query.sort(\.$id).range(page.offset..<(page.offset + page.per)).all()
        return (rows, PageInfo(request: page, total: total))
    }

    /// A task the staff member may see and do; anything else answers 404.
    static func findVisible(_ id: Int, staff: StaffPrincipal, on db: any Database) async throws -> CallbackTask {
        guard let task = try await CallbackTask.find(id, on: db), Visibility(staff).allows(task) else {
            throw AppError.notFound(.callbackEntity)
        }
        return task
    }

    /// Marks a task done with what came of it. `version` is the one the person saw: a task someone else
    /// finished (or changed) meanwhile is refused, not overwritten.
    static func markDone(_ task: CallbackTask, version: Int, outcome: String, by req: Request) async throws {
        let staff = try req.requireStaff(.useStaffArea)
        let text = outcome.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.isEmpty { throw AppError.validation([.init(field: "outcome", message: .callbackOutcomeRequired)]) }
        if text.count > maximumOutcomeLength {
            throw AppError.validation([.init(field: "outcome", message: .validationTooLong, args: [String(maximumOutcomeLength)])])
        }
        let id = try task.requireID()
        try await req.db.transaction { tx in
            let changed = try await tx.sql.raw("""
                UPDATE callback_tasks SET done_at = \(bind: req.now), done_by_id = \(bind: staff.id), outcome = \(bind: text),
                version = version + 1 WHERE id = \(bind: id) AND version = \(bind: version) AND done_at IS NULL RETURNING id
                """).all()
            guard !changed.isEmpty else { throw AppError.conflict(.callbackStale) }
            try await Audit.record("callback.done", target: "callback_task", id: id, regionPath: RegionPath(task.regionPath),
                                   detail: ["kind": task.kind.rawValue, "call_record_id": task.$callRecord.id.map(String.init) ?? "",
                                            "work_order_id": task.$workOrder.id.map(String.init) ?? ""], by: req, on: tx)
        }
    }

    /// Calls and orders the tasks point to, for showing them in one go.
    static func links(_ tasks: [CallbackTask], on db: any Database) async throws -> (calls: [Int: CallRecord], orders: [Int: WorkOrder]) {
        let callIDs = Array(Set(tasks.compactMap { $0.$callRecord.id }))
        let orderIDs = Array(Set(tasks.compactMap { $0.$workOrder.id }))
        let calls = callIDs.isEmpty ? [] : try await CallRecord.query(on: db).filter(\.$id ~~ callIDs).all()
        let orders = orderIDs.isEmpty ? [] : try await WorkOrder.query(on: db).filter(\.$id ~~ orderIDs).all()
        return (Dictionary(calls.map { ($0.id!, $0) }, uniquingKeysWith: { a, _ in a }),
                Dictionary(orders.map { ($0.id!, $0) }, uniquingKeysWith: { a, _ in a }))
    }
}
