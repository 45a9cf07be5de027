import Fluent
import Vapor

extension Application {
    /// Runs pending migrations. Several instances may start at once against one PostgreSQL database: the one
    /// that loses a race on the same DDL statement waits and tries again, and then finds the work done.
    func migrateSafely(attempts: Int = 10, pause: Duration = .seconds(1)) async throws {
        var attempt = 1
        while true {
            do {
                try await autoMigrate()
                return
            } catch where attempt < attempts && settings.database.engineName == "postgresql" {
                logger.warning("migration attempt \(attempt) failed (another instance is probably migrating); retrying: \(String(reflecting: error))")
                attempt += 1
                try await Task.sleep(for: pause)
            }
        }
    }
}
