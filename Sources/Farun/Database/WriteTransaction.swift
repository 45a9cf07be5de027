import Fluent
import FluentSQLiteDriver
import Foundation
import SQLKit

extension Database {
    /// A transaction that writes. On SQLite, several connections (one per event loop, and several instances
    /// on one file) may want the write lock at once; SQLite then answers "busy" or "locked" instead of
    /// waiting, so the whole transaction is retried (up to 100 times) after a short random pause. PostgreSQL waits
    /// for locks by itself. Inside an open transaction the body simply runs (the outer one retries).
    func writeTransaction<T: Sendable>(_ body: @Sendable @escaping (any Database) async throws -> T) async throws -> T {
        guard !isPostgres, !inTransaction else { return try await transaction(body) }
        var attempt = 0
        while true {
            do {
                return try await transaction(body)
            } catch let error as SQLiteError where Self.isContention(error) && attempt < 100 {
                // A deferred transaction that read first cannot take the write lock after another connection
                // committed (SQLite does not wait in that case); starting again is the documented remedy.
                attempt += 1
                try await Task.sleep(for: .milliseconds(Int.random(in: 1...min(50, 2 + 2 * attempt))))
            }
        }
    }

    static func isContention(_ error: SQLiteError) -> Bool {
        switch error.reason {
        case .busy, .locked, .busyInSnapshot, .busyTimeout, .busyInRecovery, .lockedBySharedCache: true
        default: false
        }
    }
}
