import Foundation
import FluentPostgresDriver
import PostgresNIO
import Vapor

/// A LISTEN loop on its own PostgreSQL connection (not the pool's: a pooled connection is handed to others),
/// reconnecting with a growing pause until the task is cancelled. Used by the search index and the consultation
/// feed; notifications only hurry their readers, who re-read the database, so a gap while reconnecting only delays.
enum PostgresListener {
    /// `listening(true)` is called once the LISTEN is in force (each time after a reconnect), then `received` with
    /// each payload; `listening(false)` when the connection ends.
    static func listen(channel: String, url: String, app: Application, name: String,
                       listening: @escaping @Sendable (Bool) -> Void,
                       received: @escaping @Sendable (String) -> Void) async {
        var attempt = 0
        while !Task.isCancelled {
            do {
                let configuration = try SQLPostgresConfiguration(url: url).coreConfiguration
                let connection = try await PostgresConnection.connect(
                    on: app.eventLoopGroup.any(), configuration: configuration, id: 0, logger: app.logger)
                do {
                    try await connection.listen(on: channel) { notifications in
                        attempt = 0
                        listening(true)
                        for try await notification in notifications { received(notification.payload) }
                    }
                    listening(false)
                } catch {
                    listening(false)
                    if !Task.isCancelled { app.logger.warning("\(name): LISTEN ended: \(String(reflecting: error))") }
                }
                try? await connection.close()
            } catch {
                if !Task.isCancelled { app.logger.warning("\(name): cannot LISTEN: \(String(reflecting: error))") }
            }
            attempt += 1
            try? await Task.sleep(for: .seconds(min(30, attempt * 2)))
        }
    }
}
