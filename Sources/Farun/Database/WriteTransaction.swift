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
        // Within one process, writers take turns here instead of racing for SQLite's lock and retrying.
        await SQLiteWriteGate.shared.acquire()
        do {
            let result = try await retryingContention(body)
            await SQLiteWriteGate.shared.release()
            return result
        } catch {
            await SQLiteWriteGate.shared.release()
            throw error
        }
    }

    private func retryingContention<T: Sendable>(_ body: @Sendable @escaping (any Database) async throws -> T) async throws -> T {
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

/// Lets one SQLite write transaction of this process run at a time, first come first served. Only an optimisation:
/// other processes on the same file are still kept apart by SQLite's lock, `busy_timeout` and the retry above.
actor SQLiteWriteGate {
    static let shared = SQLiteWriteGate()

    private var busy = false
    private var waiters: [CheckedContinuation<Void, Never>] = []

    func acquire() async {
        guard busy else {
            busy = true
            return
        }
        await withCheckedContinuation { waiters.append($0) }
    }

    func release() {
        if waiters.isEmpty {
            busy = false
        } else {
            waiters.removeFirst().resume()
        }
    }
}
