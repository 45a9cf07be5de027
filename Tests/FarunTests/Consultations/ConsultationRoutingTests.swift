import FarunCore
import Fluent
import Foundation
import Testing
import Vapor
@testable import Farun

/// Which questions a lawyer's workbench offers: the stored roster, matched and widened by the domain's rules.
@Suite struct ConsultationRoutingTests {
    @Test func aQuestionGoesFirstToTheMatchingLawyerOnDutyAndToEveryoneOnDutyAfterTenMinutes() async throws {
        try await withApp { app in
            // setup: lawyer 0 on duty for labour in town A this Thursday morning, lawyer 1 for marriage in town B,
            // lawyer 2 declared available but off the roster for town B, lawyer 3 not on duty at all
            let desk = try await ConsultationDesk.make(app, lawyers: 4)
            let context = ConsultationDesk.context(app)
            let nine = try #require(DutyTime(hour: 9)), noon = try #require(DutyTime(hour: 12))
            try await DutyRosterStore.addSlot(person: desk.lawyers[0].id!, day: .weekly(weekday: 4), start: nine, end: noon,
                                              regionID: desk.j.townA.id!, fields: [.labour], context: context, on: app.db)
            try await DutyRosterStore.addSlot(person: desk.lawyers[1].id!, day: .date(LocalDate.inChina(ConsultationDesk.start)), start: nine,
                                              end: noon, regionID: desk.j.townB.id!, fields: [.marriageFamily], context: context, on: app.db)
            try await DutyRosterStore.declareAvailability(person: desk.lawyers[2].id!, from: ConsultationDesk.start,
                                                          until: ConsultationDesk.start.addingTimeInterval(7_200), regionID: desk.j.townB.id!,
                                                          fields: [.labour], context: context, on: app.db)
            let id = try await desk.ask(app)
            func offered(_ index: Int, after seconds: TimeInterval) async throws -> [UUID] {
                let now = ConsultationDesk.start.addingTimeInterval(seconds)
                let roster = try await ConsultationStore.roster(now: now, on: app.db)
                return try await ConsultationStore.offered(to: String(desk.lawyers[index].id!), now: now, roster: roster, on: app.db).map(\.id)
            }
            // act
            let atOnce = try await (0..<4).asyncMapAll { try await offered($0, after: 0) }
            let afterFiveMinutes = try await (0..<4).asyncMapAll { try await offered($0, after: 300) }
            let afterTenMinutes = try await (0..<4).asyncMapAll { try await offered($0, after: 600) }
            try await desk.answer(app, id, by: 0, at: ConsultationDesk.start.addingTimeInterval(610))
            let answeredByZero = try await offered(0, after: 620)
            // check
            #expect(atOnce == [[id], [], [], []])
            #expect(afterFiveMinutes == [[id], [], [id], []], "town B's labour lawyer joins at the parent-region stage")
            #expect(afterTenMinutes == [[id], [id], [id], []], "anyone on duty after ten minutes; never someone off duty")
            #expect(answeredByZero.isEmpty)
            #expect(try await auditCount(app, action: "duty.slot.add") == 2)
        }
    }

    @Test func aSlotThatEndsBeforeItStartsIsRefused() async throws {
        try await withApp { app in
            // setup
            let desk = try await ConsultationDesk.make(app, lawyers: 1)
            // act
            let problem = await #expect(throws: DutyRosterStore.Problem.self) {
                try await DutyRosterStore.addSlot(person: desk.lawyers[0].id!, day: .weekly(weekday: 1), start: DutyTime(hour: 12)!,
                                                  end: DutyTime(hour: 9)!, regionID: desk.j.townA.id!, fields: [],
                                                  context: ConsultationDesk.context(app), on: app.db)
            }
            // check
            #expect(problem == .emptyTime)
            #expect(try await DutySlotRecord.query(on: app.db).count() == 0)
        }
    }
}
