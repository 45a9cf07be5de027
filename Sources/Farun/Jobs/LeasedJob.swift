import FarunCore
import Foundation
import Vapor

/// A background loop that runs its round only on the instance holding the job's lease (`job_leases`), every
/// `interval`, until the application shuts down. Errors are logged and the loop goes on.
enum LeasedJob {
    static func start(_ name: String, app: Application, every interval: Duration, ttl: TimeInterval,
                      round: @escaping @Sendable (Date) async throws -> Void) -> Task<Void, Never> {
        let holder = UUID().uuidString
        return Task {
            while !Task.isCancelled {
                do {
                    let now = app.clock.now()
                    if try await JobLeases.acquire(name, holder: holder, ttl: ttl, now: now, on: app.db) {
                        try await round(now)
                    }
                } catch {
                    app.logger.error("\(name): \(String(reflecting: error))")
                }
                try? await Task.sleep(for: interval)
            }
        }
    }
}
