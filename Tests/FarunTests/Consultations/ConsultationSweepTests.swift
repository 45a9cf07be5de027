import FarunCore
import Fluent
import Foundation
import Testing
import Vapor
@testable import Farun

/// The 7-day auto-close and the 10-minute first-answer alert, driven by the injected instant (no sleeping).
@Suite struct ConsultationSweepTests {
    @Test func aConsultationClosesAfterSevenDaysWithoutActivityButNotWhileAFollowUpWaits() async throws {
        try await withApp { app in
            // setup: one answered question, one with a follow-up waiting for the lawyer
            let desk = try await ConsultationDesk.make(app, lawyers: 1)
            let quiet = try await desk.ask(app)
            try await desk.answer(app, quiet, by: 0)
            let waiting = try await desk.ask(app)
            try await desk.answer(app, waiting, by: 0)
            try await desk.followUp(app, waiting, to: 0, at: ConsultationDesk.start.addingTimeInterval(60))
            let week: TimeInterval = 7 * 86_400
            // act
            let early = try await ConsultationStore.dueForAutoClose(now: ConsultationDesk.start.addingTimeInterval(60 + week - 1), on: app.db)
            let due = try await ConsultationStore.dueForAutoClose(now: ConsultationDesk.start.addingTimeInterval(60 + week), on: app.db)
            let closed = try await ConsultationStore.closeInactive(
                context: ConsultationDesk.context(app, at: ConsultationDesk.start.addingTimeInterval(60 + week)), on: app.db)
            // check
            #expect(early.isEmpty && due == [quiet] && closed == [quiet])
            let record = try #require(try await ConsultationRecord.find(quiet, on: app.db))
            #expect(record.state == .closed && record.closeReason == .inactivity)
            #expect(try await ConsultationRecord.find(waiting, on: app.db)?.state == .answered)
            #expect(try await auditCount(app, action: "consultation.auto_close") == 1)
        }
    }

    @Test func anUnansweredQuestionAlertsOnceAtTenMinutes() async throws {
        try await withApp { app in
            // setup: one question left unanswered, one answered within a minute
            let desk = try await ConsultationDesk.make(app, lawyers: 1)
            let unanswered = try await desk.ask(app)
            let answered = try await desk.ask(app)
            try await desk.answer(app, answered, by: 0)
            // act
            let before = try await ConsultationStore.alertsDue(now: ConsultationDesk.start.addingTimeInterval(599), on: app.db)
            let at = try await ConsultationStore.alertsDue(now: ConsultationDesk.start.addingTimeInterval(600), on: app.db)
            let again = try await ConsultationStore.alertsDue(now: ConsultationDesk.start.addingTimeInterval(900), on: app.db)
            // check
            #expect(before.isEmpty && again.isEmpty)
            #expect(at.map(\.consultationID) == [unanswered] && at.first?.overdueBy == 0)
            let alert = try #require(try await ConsultationAlert.query(on: app.db).first())
            #expect(alert.kind == .firstAnswerOverdue && alert.at == ConsultationDesk.start.addingTimeInterval(600))
        }
    }

    @Test func anAlertCanBeClaimedOnlyOnce() async throws {
        try await withApp { app in
            // setup
            let desk = try await ConsultationDesk.make(app, lawyers: 0)
            let id = try await desk.ask(app)
            // act
            let first = try await ConsultationStore.claim(.firstAnswerOverdue, for: id, at: ConsultationDesk.start, on: app.db)
            let second = try await ConsultationStore.claim(.firstAnswerOverdue, for: id, at: ConsultationDesk.start, on: app.db)
            // check
            #expect(first && !second)
            #expect(try await ConsultationAlert.query(on: app.db).count() == 1)
        }
    }
}
