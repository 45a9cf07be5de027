import Fluent
import FarunCore
import Foundation

/// Idempotent intake: a retried submission with the same `Idempotency-Key` (from a flaky phone network, say)
/// gets the first order back instead of creating a second. The key row is written in the same transaction
/// as the order, and its unique index decides races between instances.
enum Idempotency {
    static let header = "Idempotency-Key"

    /// Keys are 1–100 visible ASCII characters (a UUID is typical).
    static func isValid(_ key: String) -> Bool {
        (1...100).contains(key.count) && key.allSatisfy { $0.isASCII && !$0.isWhitespace && $0.asciiValue! >= 0x21 && $0.asciiValue! < 0x7F }
    }

    enum Outcome {
        case created(WorkOrder)
        case replayed(WorkOrder)
    }

    /// Runs `create` once per (scope, key). `create` must call the hook it is given inside the transaction that
    /// creates the order (e.g. `WorkOrderIntake.submit(…, also:)`): the key row is written there, so the key and
    /// the order commit together, and a concurrent duplicate fails on the key's unique index.
    /// `requestHash` guards against reusing a key for a different body.
    static func run(scope: String, key: String, requestHash: String, now: Date, on db: any Database,
                    create: (_ recordKey: @escaping @Sendable (WorkOrder, any Database) async throws -> Void) async throws -> WorkOrder) async throws -> Outcome {
        if let replay = try await existing(scope: scope, key: key, requestHash: requestHash, on: db) { return .replayed(replay) }
        do {
            let order = try await create { order, tx in
                let record = IdempotencyRecord()
                record.scope = scope
                record.key = key
                record.requestHash = requestHash
                record.$workOrder.id = try order.requireID()
                record.createdAt = now
                try await record.create(on: tx)
            }
            return .created(order)
        } catch {
            // Another request with the same key committed first (unique index): answer with its order.
            guard let dbError = error as? any DatabaseError, dbError.isConstraintFailure else { throw error }
            if let replay = try await existing(scope: scope, key: key, requestHash: requestHash, on: db) { return .replayed(replay) }
            throw error
        }
    }

    private static func existing(scope: String, key: String, requestHash: String, on db: any Database) async throws -> WorkOrder? {
        guard let record = try await IdempotencyRecord.query(on: db).filter(\.$scope == scope).filter(\.$key == key).first() else { return nil }
        guard record.requestHash == requestHash else { throw AppError.conflict(.errorIdempotencyMismatch) }
        guard let id = record.$workOrder.id, let order = try await WorkOrder.find(id, on: db) else { throw AppError.conflict(.errorIdempotencyMismatch) }
        return order
    }
}
