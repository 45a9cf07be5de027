import Foundation
import Vapor

/// The search index's LISTEN on `farun_knowledge`: every notification (and every (re)connect, for whatever
/// happened while not listening) wakes the index, which compares the revisions itself.
enum KnowledgeNotifications {
    static func listen(url: String, app: Application, listening: @escaping @Sendable (Bool) -> Void,
                       wake: @escaping @Sendable () -> Void) async {
        await PostgresListener.listen(channel: KnowledgeIndex.channel, url: url, app: app, name: "knowledge index", listening: { on in
            listening(on)
            // Whatever happened while we were not listening.
            if on { wake() }
        }, received: { _ in wake() })
    }
}
