import Fluent
import FarunCore
import Foundation

/// What a requester may do on their own order: withdraw it while the lifecycle allows, and rate it once it is
/// resolved. Both go through `WorkOrderCommands`, so the timeline, audit trail and notices follow.
enum CitizenActions {
    static let maximumCommentLength = 500

    static func canWithdraw(_ order: WorkOrder) -> Bool {
        WorkOrderLifecycle.availableActions(for: order.status, actor: .citizen).contains(.withdraw)
    }

    static func canRate(_ order: WorkOrder, alreadyRated: Bool) -> Bool {
        order.state == .resolved && !alreadyRated
    }

    static func rating(of orderID: Int, on db: any Database) async throws -> Rating? {
        try await Rating.query(on: db).filter(\.$workOrder.$id == orderID).first()
    }

    static func withdraw(_ orderID: Int, version: Int, context: ActionContext, on db: any Database) async throws -> WorkOrder {
        try await WorkOrderCommands.perform(.init(action: .withdraw, version: version), on: orderID,
                                            as: WorkOrderCommands.Roles(citizen: true), context: context, on: db)
    }

    /// Stores the rating, closes the order and, for 不满意, opens the unit head's call-back task: all or nothing.
    /// A second rating is refused, also when two arrive at once (the unique index on the order decides).
    static func rate(_ orderID: Int, score: RatingScore, comment: String, context: ActionContext, on db: any Database) async throws -> WorkOrder {
        let comment = comment.trimmingCharacters(in: .whitespacesAndNewlines)
        guard comment.count <= maximumCommentLength else {
            throw AppError.validation([.init(field: "comment", message: .validationTooLong, args: ["\(maximumCommentLength)"])])
        }
        do {
            return try await db.transaction { tx in
                if try await rating(of: orderID, on: tx) != nil { throw AppError.conflict(.trackAlreadyRated) }
                guard let order = try await WorkOrder.find(orderID, on: tx) else { throw AppError.notFound(.workOrderEntity) }
                guard order.state == .resolved else { throw AppError.conflict(.trackNotRatable) }
                let rating = Rating()
                rating.$workOrder.id = orderID
                rating.$unit.id = order.$unit.id
                rating.regionPath = order.regionPath
                rating.score = score
                rating.comment = comment
                rating.createdAt = context.now
                try await rating.create(on: tx)
                try await WorkOrderJournal.append(order, action: "rate", from: order.state, note: "", detail: ["score": score.rawValue], context: context, on: tx)
                let closed = try await WorkOrderCommands.perform(
                    .init(action: .close, version: order.version), on: orderID, as: WorkOrderCommands.Roles(citizen: true), context: context, inTransaction: tx)
                if score == .dissatisfied { try await CallbackTasks.openForDissatisfied(closed, now: context.now, on: tx) }
                return closed
            }
        } catch let error as any DatabaseError where error.isConstraintFailure {
            throw AppError.conflict(.trackAlreadyRated)
        }
    }
}
