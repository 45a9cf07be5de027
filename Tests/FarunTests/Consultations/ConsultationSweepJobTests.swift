import FarunCore
import Fluent
import Foundation
import Testing
import Vapor
@testable import Farun

/// The leased consultation sweep, driven by the instant it is given (no sleeping), on two instances at once.
@Suite struct ConsultationSweepJobTests {
    @Test(arguments: TestEngine.available)
    func theFirstAnswerAlertGoesOutOnceAtTenMinutesAcrossTwoInstances(engine: TestEngine) async throws {
        try await withInstances(2, engine: engine) { apps in
            // setup
            let desk = try await ConsultationDesk.make(apps[0], lawyers: 1)
            let id = try await desk.ask(apps[0])
            let widened = apps[1].consultationFeed.subscribe()
            // act
            let early = try await ConsultationSweep.run(context: ConsultationSweep.context(apps[0], at: ConsultationDesk.start.addingTimeInterval(599)), on: apps[0].db)
            let at = ConsultationDesk.start.addingTimeInterval(600)
            async let first = ConsultationSweep.run(context: ConsultationSweep.context(apps[0], at: at), on: apps[0].db)
            async let second = ConsultationSweep.run(context: ConsultationSweep.context(apps[1], at: at), on: apps[1].db)
            let results = try await [first, second]
            let later = try await ConsultationSweep.run(context: ConsultationSweep.context(apps[1], at: at.addingTimeInterval(600)), on: apps[1].db)
            // check
            #expect(early.alerted.isEmpty && later.alerted.isEmpty)
            #expect(results.flatMap(\.alerted) == [id])
            let messages = try await OutboxMessage.query(on: apps[0].db).filter(\.$topic == ConsultationSweep.alertTopic).all()
            #expect(messages.count == 1)
            #expect(messages.first?.payload.contains(id.uuidString) == true)
            if results[1].alerted == [id] {
                var iterator = widened.makeAsyncIterator()
                #expect(await iterator.next() == .init(id: id, kind: .widened))
            }
        }
    }

    @Test func theSweepClosesAQuestionSevenDaysAfterItsLastActivity() async throws {
        try await withApp { app in
            // setup
            let desk = try await ConsultationDesk.make(app, lawyers: 1)
            let id = try await desk.ask(app)
            try await desk.answer(app, id, by: 0, at: ConsultationDesk.start.addingTimeInterval(60))
            let lastActivity = ConsultationDesk.start.addingTimeInterval(60)
            let closedEvents = app.consultationFeed.subscribe()
            // act
            let before = try await ConsultationSweep.run(context: ConsultationSweep.context(app, at: lastActivity.addingTimeInterval(7 * 86_400 - 1)), on: app.db)
            let due = try await ConsultationSweep.run(context: ConsultationSweep.context(app, at: lastActivity.addingTimeInterval(7 * 86_400)), on: app.db)
            // check
            #expect(before.closed.isEmpty && due.closed == [id])
            #expect(try await ConsultationRecord.find(id, on: app.db)?.state == .closed)
            var iterator = closedEvents.makeAsyncIterator()
            #expect(await iterator.next() == .init(id: id, kind: .closed))
        }
    }
}
