import FarunCore
import Foundation
import NIOConcurrencyHelpers
import Vapor
@testable import Farun

/// Counts the workbench reads an instance makes, reading the database as the real loader does.
final class ReadCounter: Sendable {
    private let count = NIOLockedValueBox(0)
    var value: Int { count.withLockedValue { $0 } }

    /// A feed for `app` whose shared reads go through this counter; no heartbeat within a test's time.
    func feed() -> ConsultationFeed {
        ConsultationFeed(heartbeat: .seconds(3_600), reads: WorkbenchReads(loader: { app in
            self.count.withLockedValue { $0 += 1 }
            return try await WorkbenchSnapshot.load(now: app.clock.now(), on: app.db)
        }))
    }
}

extension RunningStream {
    /// A stream for a lawyer whose grants cover only what `mayAnswer` accepts.
    init(person: String, app: Application, mayAnswer: @escaping @Sendable (RegionPath) -> Bool) {
        let transcript = self.transcript
        task = Task {
            try? await WorkbenchStream(person: person, app: app, mayAnswer: mayAnswer).run { await transcript.append($0) }
        }
    }
}

extension ConsultationDesk {
    /// Applies `event` through `app`'s feed at `date`, as the pages do.
    func applyLive(_ app: Application, _ event: ConsultationEvent, to id: UUID, text: String? = nil, at date: Date) async throws {
        var context = Self.context(app, at: date)
        context.feed = app.consultationFeed
        try await ConsultationStore.apply(event, to: id, message: text.map { .init(text: $0) }, context: context, on: app.db)
    }
}
