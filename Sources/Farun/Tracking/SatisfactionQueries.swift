import Fluent
import FarunCore
import Foundation

/// 满意度 figures from the ratings table, limited to the viewer's regions.
enum SatisfactionQueries {
    /// One rating with what it is grouped by, and its call-back task (不满意 only).
    struct Item: Sendable, Equatable {
        let unitID: Int?
        let serviceCode: String
        let score: RatingScore
        /// nil without a task; true once done.
        let callbackDone: Bool?
    }

    struct Group: Sendable, Equatable {
        var tally = SatisfactionRate()
        var openCallbacks = 0
        var doneCallbacks = 0

        mutating func add(_ item: Item) {
            switch item.score {
            case .satisfied: tally.satisfied += 1
            case .basicallySatisfied: tally.basicallySatisfied += 1
            case .dissatisfied: tally.dissatisfied += 1
            }
            if let done = item.callbackDone {
                if done { doneCallbacks += 1 } else { openCallbacks += 1 }
            }
        }
    }

    struct Report: Sendable, Equatable {
        var byUnit: [Int?: Group] = [:]
        var byService: [String: Group] = [:]
        var total = Group()
    }

    /// Pure: the groups of a list of ratings.
    static func aggregate(_ items: [Item]) -> Report {
        var report = Report()
        for item in items {
            report.byUnit[item.unitID, default: Group()].add(item)
            report.byService[item.serviceCode, default: Group()].add(item)
            report.total.add(item)
        }
        return report
    }

    /// The ratings given from `from` to `to` (days in China, both included) in the regions `scopes`.
    static func items(scopes: [RegionPath], from: LocalDate, to: LocalDate, on db: any Database) async throws -> [Item] {
        guard !scopes.isEmpty else { return [] }
        let ratings = try await Rating.query(on: db)
            .group(.or) { group in for scope in scopes { group.filter(\.$regionPath, .custom("LIKE"), scope.likePattern) } }
            .filter(\.$createdAt >= startOfDay(from)).filter(\.$createdAt < startOfDay(to.adding(days: 1)))
            .all()
        let orderIDs = ratings.map { $0.$workOrder.id }
        guard !orderIDs.isEmpty else { return [] }
        var services: [Int: String] = [:]
        var callbacks: [Int: Bool] = [:]
        for chunk in stride(from: 0, to: orderIDs.count, by: 500).map({ Array(orderIDs[$0..<min($0 + 500, orderIDs.count)]) }) {
            for order in try await WorkOrder.query(on: db).filter(\.$id ~~ chunk).field(\.$id).field(\.$serviceCode).all() {
                if let id = order.id { services[id] = order.serviceCode }
            }
            for task in try await CallbackTask.query(on: db).filter(\.$kind == .dissatisfied).filter(\.$workOrder.$id ~~ chunk).all() {
                if let id = task.$workOrder.id { callbacks[id] = (callbacks[id] ?? true) && task.doneAt != nil }
            }
        }
        return ratings.map { rating in
            Item(unitID: rating.$unit.id, serviceCode: services[rating.$workOrder.id] ?? "",
                 score: rating.score, callbackDone: callbacks[rating.$workOrder.id])
        }
    }

    /// Midnight at the start of a day in China (UTC+8, no summer time).
    static func startOfDay(_ day: LocalDate) -> Date {
        let epoch = LocalDate(year: 1970, month: 1, day: 1)!
        return Date(timeIntervalSince1970: Double(epoch.days(until: day)) * 86_400 - 8 * 3600)
    }
}
