import FarunCore
import Fluent
import Foundation
import Testing
import Vapor
@testable import Farun

/// 值班督导: the 10-minute alert names the supervisors on duty for the nearest region up the tree (else everyone who
/// supervises the region), and supervisors see the overdue questions, oldest first. Instants are given, never slept.
@Suite struct DutySupervisorTests {
    static let tenMinutes = ConsultationDesk.start.addingTimeInterval(600)

    @Test func theAlertNamesTheSupervisorOnDutyForTheNearestRegion() async throws {
        try await withApp { app in
            // setup
            let desk = try await ConsultationDesk.make(app, lawyers: 0)
            let countySupervisor = try await makeStaff(app, "sup.county", [(.bureauAdmin, desk.j.county)])
            let townSupervisor = try await makeStaff(app, "sup.town", [(.judicialOfficeStaff, desk.j.townA)])
            let otherTown = try await makeStaff(app, "sup.b", [(.judicialOfficeStaff, desk.j.townB)])
            try await ConsultationDesk.slot(app, countySupervisor, kind: .supervisor, in: desk.j.county)
            try await ConsultationDesk.slot(app, townSupervisor, kind: .supervisor, in: desk.j.townA)
            try await ConsultationDesk.slot(app, otherTown, kind: .supervisor, in: desk.j.townB)
            let id = try await desk.ask(app, in: desk.j.villageA, at: ConsultationDesk.start)
            // act
            let result = try await ConsultationSweep.run(context: ConsultationSweep.context(app, at: Self.tenMinutes), on: app.db)
            // check
            #expect(result.alerted == [id])
            #expect(try await AlertRecipients.all(app) == [.init(consultation_id: id, supervisor_ids: [townSupervisor.id!], supervisors_on_duty: true)])
        }
    }

    @Test func outsideTheTownSupervisorsHoursTheCountySupervisorIsTold() async throws {
        try await withApp { app in
            // setup
            let desk = try await ConsultationDesk.make(app, lawyers: 0)
            let countySupervisor = try await makeStaff(app, "sup.county", [(.bureauAdmin, desk.j.county)])
            let townSupervisor = try await makeStaff(app, "sup.town", [(.judicialOfficeStaff, desk.j.townA)])
            try await ConsultationDesk.slot(app, countySupervisor, kind: .supervisor, in: desk.j.county)
            // 10:10 is outside 14:00–18:00, and a dated slot for tomorrow does not count today.
            try await ConsultationDesk.slot(app, townSupervisor, kind: .supervisor, from: 14, to: 18, in: desk.j.townA)
            try await ConsultationDesk.slot(app, townSupervisor, kind: .supervisor, day: .date(LocalDate(year: 2026, month: 11, day: 27)!), in: desk.j.townA)
            let id = try await desk.ask(app, in: desk.j.townA, at: ConsultationDesk.start)
            // act
            _ = try await ConsultationSweep.run(context: ConsultationSweep.context(app, at: Self.tenMinutes), on: app.db)
            // check
            #expect(try await AlertRecipients.all(app) == [.init(consultation_id: id, supervisor_ids: [countySupervisor.id!], supervisors_on_duty: true)])
        }
    }

    @Test func withNobodyOnDutyEveryoneWhoSupervisesTheRegionIsTold() async throws {
        try await withApp { app in
            // setup
            let desk = try await ConsultationDesk.make(app, lawyers: 1)
            let county = try await makeStaff(app, "sup.county", [(.bureauAdmin, desk.j.county)])
            let town = try await makeStaff(app, "sup.town", [(.judicialOfficeStaff, desk.j.townA)])
            let otherTown = try await makeStaff(app, "sup.b", [(.judicialOfficeStaff, desk.j.townB)])
            let disabled = try await makeStaff(app, "sup.gone", [(.judicialOfficeStaff, desk.j.townA)])
            disabled.disabledAt = ConsultationDesk.start
            try await disabled.save(on: app.db)
            // A lawyer's duty is not a supervisor's.
            try await ConsultationDesk.slot(app, desk.lawyers[0], in: desk.j.townA)
            let id = try await desk.ask(app, in: desk.j.townA, at: ConsultationDesk.start)
            // act
            _ = try await ConsultationSweep.run(context: ConsultationSweep.context(app, at: Self.tenMinutes), on: app.db)
            // check
            let expected = [county.id!, town.id!].sorted()
            #expect(try await AlertRecipients.all(app) == [.init(consultation_id: id, supervisor_ids: expected, supervisors_on_duty: false)])
            #expect(!expected.contains(otherTown.id!))
        }
    }

    @Test func aRosteredSupervisorWhoLostThePermissionIsSkipped() async throws {
        try await withApp { app in
            // setup
            let desk = try await ConsultationDesk.make(app, lawyers: 0)
            let county = try await makeStaff(app, "sup.county", [(.bureauAdmin, desk.j.county)])
            let former = try await makeStaff(app, "sup.former", [(.judicialOfficeStaff, desk.j.townA)])
            try await ConsultationDesk.slot(app, county, kind: .supervisor, in: desk.j.county)
            try await ConsultationDesk.slot(app, former, kind: .supervisor, in: desk.j.townA)
            try await RoleGrant.query(on: app.db).filter(\.$user.$id == former.id!).delete()
            // act
            let found = try await DutySupervisors.for(desk.j.townA.regionPath, now: Self.tenMinutes, on: app.db)
            // check
            #expect(found == .init(staffIDs: [county.id!], onDuty: true))
        }
    }

    @Test func supervisorsSeeTheirRegionsOverdueQuestionsOldestFirstWithTheirAge() async throws {
        try await withApp(clock: FixedClock(ConsultationDesk.start.addingTimeInterval(25 * 60))) { app in
            // setup
            let desk = try await ConsultationDesk.make(app, lawyers: 1)
            let supervisor = try await makeStaff(app, "sup.town", [(.judicialOfficeStaff, desk.j.townA)])
            let otherTown = try await makeStaff(app, "sup.b", [(.judicialOfficeStaff, desk.j.townB)])
            try await ConsultationDesk.slot(app, supervisor, kind: .supervisor, in: desk.j.townA)
            let newer = try await desk.ask(app, in: desk.j.villageA, at: ConsultationDesk.start.addingTimeInterval(5 * 60))
            let older = try await desk.ask(app, in: desk.j.townA, at: ConsultationDesk.start)
            _ = try await desk.ask(app, in: desk.j.townA, at: ConsultationDesk.start.addingTimeInterval(20 * 60))
            let answered = try await desk.ask(app, in: desk.j.townA, at: ConsultationDesk.start)
            try await desk.answer(app, answered, by: 0, at: ConsultationDesk.start.addingTimeInterval(22 * 60))
            _ = try await desk.ask(app, in: desk.j.townB, at: ConsultationDesk.start)
            // act
            let model = try await OverdueQueries.model(for: try await principal(app, supervisor), now: app.clock.now(), on: app.db)
            let page = try await (try await Browser.signedIn(app, supervisor)).get(app, "/staff/consultations/overdue")
            let other = try await OverdueQueries.model(for: try await principal(app, otherTown), now: app.clock.now(), on: app.db)
            // check
            #expect(model.items.map(\.id) == [older.uuidString, newer.uuidString])
            #expect(model.items.map(\.waitingMinutes) == [25, 20])
            #expect(model.onDutyFor == ["岳阳镇"])
            #expect(page.status == .ok && page.text.contains(L10n(.zhHans)(.consultWorkbenchAge, "25")))
            #expect(other.items.count == 1 && other.onDutyFor.isEmpty)
        }
    }
}
