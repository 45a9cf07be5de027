import FluentPostgresDriver
import Foundation
import PostgresNIO
import Vapor

/// LISTEN on `farun_knowledge` over a connection of its own (a pooled one would be held forever). Every
/// notification, and every (re)connection, wakes the index; the payload is not trusted, the revisions decide.
enum KnowledgeNotifications {
    static func listen(url: String, app: Application, listening: @escaping @Sendable (Bool) -> Void,
                       wake: @escaping @Sendable () -> Void) async {
        var attempt = 0
        while !Task.isCancelled {
            do {
                let configuration = try SQLPostgresConfiguration(url: url).coreConfiguration
                let connection = try await PostgresConnection.connect(
                    on: app.eventLoopGroup.any(), configuration: configuration, id: 0, logger: app.logger)
                do {
                    try await connection.listen(on: KnowledgeIndex.channel) { notifications in
                        attempt = 0
                        listening(true)
                        // Whatever happened while we were not listening.
                        wake()
                        for try await _ in notifications { wake() }
                    }
                    listening(false)
                } catch {
                    listening(false)
                    if !Task.isCancelled { app.logger.warning("knowledge index: LISTEN ended: \(String(reflecting: error))") }
                }
                try? await connection.close()
            } catch {
                if !Task.isCancelled { app.logger.warning("knowledge index: cannot LISTEN: \(String(reflecting: error))") }
            }
            attempt += 1
            // The poll keeps the index current meanwhile; reconnect with a growing pause.
            try? await Task.sleep(for: .seconds(min(30, attempt * 2)))
        }
    }
}
