import FarunCore
import Foundation
import Vapor
@testable import Farun

/// What a workbench stream sent so far.
actor StreamTranscript {
    private(set) var text = ""
    func append(_ more: String) { text += more }
}

/// A lawyer's workbench stream running on `app` in the background, recorded into a transcript.
struct RunningStream {
    let transcript = StreamTranscript()
    let task: Task<Void, Never>

    init(person: String, app: Application) {
        let transcript = self.transcript
        task = Task {
            try? await WorkbenchStream(person: person, app: app).run { await transcript.append($0) }
        }
    }

    /// Polls the transcript until it contains `needle` or the deadline passes; returns whether it arrived.
    func waitFor(_ needle: String, within limit: Duration = .seconds(10)) async -> Bool {
        await eventually(within: limit) { await transcript.text.contains(needle) }
    }

    func stop() async {
        task.cancel()
        await task.value
    }
}

/// Polls `condition` every 10 ms until it holds or the deadline passes (never a blind sleep).
func eventually(within limit: Duration = .seconds(10), _ condition: () async throws -> Bool) async rethrows -> Bool {
    let deadline = ContinuousClock.now + limit
    while ContinuousClock.now < deadline {
        if try await condition() { return true }
        try? await Task.sleep(for: .milliseconds(10))
    }
    return try await condition()
}

extension ConsultationDesk {
    /// Puts lawyer `index` on duty (self-declared) over the whole county, every field, around `now`.
    func onDuty(_ app: Application, _ index: Int, around now: Date) async throws {
        _ = try await DutyRosterStore.declareAvailability(person: lawyers[index].id!, from: now.addingTimeInterval(-3_600),
                                                          until: now.addingTimeInterval(86_400), regionID: j.county.id!, fields: [],
                                                          context: Self.context(app, at: now), on: app.db)
    }

    /// Asks through `app`'s feed at `date`, as the pages do.
    func askLive(_ app: Application, at date: Date) async throws -> UUID {
        var context = Self.context(app, at: date)
        context.feed = app.consultationFeed
        let question = ConsultationStore.Question(text: "公司拖欠工资三个月，我该怎么办？", field: nil, regionID: j.townA.id!, asker: .phone("13800138000"))
        return try await ConsultationStore.ask(question, context: context, on: app.db).requireID()
    }
}
