import Fluent
import FarunCore
import Foundation

/// Reading 12348 calls within the viewer's hotline scope: the call list and the figures.
enum HotlineQueries {
    struct Filter: Sendable, Equatable {
        /// First and last China dates of the ring time, each optional.
        var from: LocalDate?
        var to: LocalDate?
        /// true = answered only, false = missed only.
        var answered: Bool?
        var operatorID: Int?
    }

    /// A call with what the lists show beside it.
    struct Row: Sendable {
        let call: CallRecord
        let operatorName: String?
        let callback: CallbackTask?
        let workOrderNumber: String?
    }

    static func calls(_ filter: Filter, scopes: [RegionPath], page: PageRequest, on db: any Database) async throws -> ([CallRecord], PageInfo) {
        guard !scopes.isEmpty else { return ([], PageInfo(request: page, total: 0)) }
        let query = inScope(scopes, on: db)
        if let from = filter.from { query.filter(\.$ringAt >= ChinaPeriod.midnight(of: from)) }
        if let to = filter.to { query.filter(\.$ringAt < ChinaPeriod.midnight(of: to.adding(days: 1))) }
        if let answered = filter.answered { query.filter(\.$answered == answered) }
        if let operatorID = filter.operatorID { query.filter(\.$operator.$id == operatorID) }
        let total = try await query.count()
        let rows = try await query.sort(\.$ringAt, .descending).sort(\.$id, .descending)
            .range(page.offset..<(page.offset + page.per)).all()
        return (rows, PageInfo(request: page, total: total))
    }

    static func inScope(_ scopes: [RegionPath], on db: any Database) -> QueryBuilder<CallRecord> {
        CallRecord.query(on: db).group(.or) { group in
            for scope in scopes { group.filter(\.$regionPath, .custom("LIKE"), scope.likePattern) }
        }
    }

    /// A call the staff member may handle (other regions' calls answer 404).
    static func findVisible(_ id: Int, staff: StaffPrincipal, on db: any Database) async throws -> CallRecord {
        guard let call = try await CallRecord.find(id, on: db), staff.allows(.handleHotline, in: call.path) else {
            throw AppError.notFound(.hotlineCallEntity)
        }
        return call
    }

    /// Operator names, call-backs and order numbers for a page of calls, in three queries.
    static func rows(_ calls: [CallRecord], on db: any Database) async throws -> [Row] {
        let callIDs = calls.compactMap(\.id)
        let operatorIDs = Array(Set(calls.compactMap { $0.$operator.id }))
        let orderIDs = Array(Set(calls.compactMap { $0.$workOrder.id }))
        let names = operatorIDs.isEmpty ? [:] : Dictionary(
            try await StaffUser.query(on: db).filter(\.$id ~~ operatorIDs).all().map { ($0.id!, $0.displayName) }, uniquingKeysWith: { a, _ in a })
        let tasks = callIDs.isEmpty ? [:] : Dictionary(
            try await CallbackTask.query(on: db).filter(\.$callRecord.$id ~~ callIDs).all().compactMap { t in t.$callRecord.id.map { ($0, t) } },
            uniquingKeysWith: { a, _ in a })
        let numbers = orderIDs.isEmpty ? [:] : Dictionary(
            try await WorkOrder.query(on: db).filter(\.$id ~~ orderIDs).all().map { ($0.id!, $0.number) }, uniquingKeysWith: { a, _ in a })
        return calls.map { call in
            Row(call: call, operatorName: call.$operator.id.flatMap { names[$0] }, callback: call.id.flatMap { tasks[$0] },
                workOrderNumber: call.$workOrder.id.flatMap { numbers[$0] })
        }
    }

    /// The figures of a period in the scopes, with the operators' usernames and names.
    static func figures(_ period: ChinaPeriod, scopes: [RegionPath], on db: any Database) async throws -> (HotlineFigures, [Int: StaffUser]) {
        guard !scopes.isEmpty else { return (HotlineFigures([]), [:]) }
        let calls = try await inScope(scopes, on: db).filter(\.$ringAt >= period.start).filter(\.$ringAt < period.end).all()
        let missedIDs = calls.filter { !$0.answered }.compactMap(\.id)
        let calledBack = missedIDs.isEmpty ? Set<Int>() : Set(
            try await CallbackTask.query(on: db).filter(\.$callRecord.$id ~~ missedIDs).filter(\.$doneAt != nil).all().compactMap { $0.$callRecord.id })
        let facts = calls.map { call in
            HotlineCallFact(ringAt: call.ringAt, answeredAt: call.answeredAt, endedAt: call.endedAt,
                            operatorKey: call.$operator.id.map(String.init), calledBack: call.id.map(calledBack.contains) ?? false)
        }
        let operatorIDs = Array(Set(calls.compactMap { $0.$operator.id }))
        let users = operatorIDs.isEmpty ? [] : try await StaffUser.query(on: db).filter(\.$id ~~ operatorIDs).all()
        return (HotlineFigures(facts), Dictionary(users.map { ($0.id!, $0) }, uniquingKeysWith: { a, _ in a }))
    }
}

extension CallRecord {
    /// The call's region path; an unreadable one is the empty root, which no grant contains.
    var path: RegionPath { RegionPath(regionPath) ?? RegionPath(ids: []) }
}
