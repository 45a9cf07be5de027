import FarunCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import Farun

/// 值班排班管理: administrators add, list and remove duty slots inside their regions, every change audited; the
/// roster's API does the same.
@Suite struct DutyRosterAdminTests {
    let clock = FixedClock(ConsultationDesk.start)

    @Test func aTownAdministratorPutsACountyLawyerOnWeeklyDutyForTheTown() async throws {
        try await withApp(clock: clock) { app in
            // setup
            let desk = try await ConsultationDesk.make(app, lawyers: 1)
            let admin = try await makeStaff(app, "town.admin", [(.bureauAdmin, desk.j.townA)])
            let browser = try await Browser.signedIn(app, admin)
            // act
            let response = try await browser.post(app, "/admin/duty-roster", [
                ("kind", "lawyer"), ("person_id", String(desk.lawyers[0].id!)), ("weekday", "4"), ("start", "09:00"), ("end", "12:30"),
                ("region_id", String(desk.j.townA.id!)), ("fields[]", "labour"), ("fields[]", "contract")])
            // check
            #expect(response.status == .seeOther && response.location == "/admin/duty-roster?done=added")
            let slot = try #require(try await DutySlotRecord.query(on: app.db).first())
            #expect(slot.kind == .lawyer && slot.weekday == 4 && slot.onDate == nil && slot.startMinute == 540 && slot.endMinute == 750)
            #expect(slot.regionPath == desk.j.townA.path && slot.fields == "contract,labour")
            #expect(try await AuditEvent.query(on: app.db).filter(\.$action == "duty.slot.add").count() == 1)
            let page = try await browser.get(app, "/admin/duty-roster")
            #expect(page.status == .ok && page.text.contains("09:00–12:30") && page.text.contains("lawyer.0"))
        }
    }

    @Test func badInputIsRefusedFieldByFieldAndNothingIsStored() async throws {
        try await withApp(clock: clock) { app in
            // setup
            let desk = try await ConsultationDesk.make(app, lawyers: 0)
            let townBLawyer = try await makeStaff(app, "lawyer.b", [(.lawyer, desk.j.townB)])
            let admin = try await makeStaff(app, "town.admin", [(.bureauAdmin, desk.j.townA)])
            let browser = try await Browser.signedIn(app, admin)
            // act
            let response = try await browser.post(app, "/admin/duty-roster", [
                ("kind", "lawyer"), ("person_id", String(townBLawyer.id!)), ("weekday", "4"), ("start", "14:00"), ("end", "09:00"),
                ("region_id", String(desk.j.townA.id!)), ("fields[]", "astrology")])
            let bothDays = try await browser.post(app, "/admin/duty-roster", [
                ("kind", "lawyer"), ("person_id", String(townBLawyer.id!)), ("weekday", "4"), ("date", "2026-12-01"), ("start", "9:00"),
                ("end", "25:00"), ("region_id", String(desk.j.townB.id!))])
            let pastDate = try await browser.post(app, "/admin/duty-roster", [
                ("kind", "lawyer"), ("person_id", String(townBLawyer.id!)), ("date", "2026-11-25"), ("start", "09:00"), ("end", "10:00"),
                ("region_id", String(desk.j.townA.id!))])
            // check
            let zh = L10n(.zhHans)
            #expect(response.status == .unprocessableEntity)
            #expect(response.text.contains(zh(.dutyErrorEndBeforeStart)) && response.text.contains(zh(.dutyErrorUnknownField, "astrology")))
            #expect(response.text.contains(zh(.dutyErrorPersonOutside)))
            #expect(bothDays.status == .unprocessableEntity && bothDays.text.contains(zh(.dutyErrorDay)) && bothDays.text.contains(zh(.dutyErrorTime)))
            #expect(bothDays.text.contains(#"id="region_id-error""#))
            #expect(pastDate.status == .unprocessableEntity && pastDate.text.contains(zh(.dutyErrorDatePast)))
            #expect(try await DutySlotRecord.query(on: app.db).count() == 0)
        }
    }

    @Test func aSupervisorDutyNeedsSomeoneWhoSupervisesTheRegion() async throws {
        try await withApp(clock: clock) { app in
            // setup
            let desk = try await ConsultationDesk.make(app, lawyers: 1)
            let officer = try await makeStaff(app, "office.a", [(.judicialOfficeStaff, desk.j.townA)])
            let admin = try await makeStaff(app, "county.admin", [(.bureauAdmin, desk.j.county)])
            let browser = try await Browser.signedIn(app, admin)
            func add(_ person: StaffUser) async throws -> TestingHTTPResponse {
                try await browser.post(app, "/admin/duty-roster", [("kind", "supervisor"), ("person_id", String(person.id!)), ("weekday", "4"),
                                                                     ("start", "08:00"), ("end", "20:00"), ("region_id", String(desk.j.townA.id!))])
            }
            // act
            let lawyer = try await add(desk.lawyers[0])
            let supervisor = try await add(officer)
            // check
            #expect(lawyer.status == .unprocessableEntity && lawyer.text.contains(L10n(.zhHans)(.dutyErrorSupervisorOutside)))
            #expect(supervisor.status == .seeOther)
            let slots = try await DutySlotRecord.query(on: app.db).all()
            #expect(slots.map(\.kind) == [.supervisor] && slots.first?.$person.id == officer.id)
            // A supervisor's duty is no offer to answer questions.
            #expect(try await ConsultationStore.roster(now: ConsultationDesk.start, on: app.db).slots.isEmpty)
        }
    }

    @Test func theListShowsOnlyTheAdministratorsRegionsAndFiltersByFieldDayAndKind() async throws {
        try await withApp(clock: clock) { app in
            // setup
            let desk = try await ConsultationDesk.make(app, lawyers: 3)
            try await ConsultationDesk.slot(app, desk.lawyers[0], in: desk.j.townA, fields: [.labour])
            try await ConsultationDesk.slot(app, desk.lawyers[1], day: .weekly(weekday: 1), in: desk.j.villageA, fields: [.land])
            try await ConsultationDesk.slot(app, desk.lawyers[2], in: desk.j.townB)
            let admin = try await makeStaff(app, "town.admin", [(.bureauAdmin, desk.j.townA)])
            // act
            let scopes = [desk.j.townA.regionPath]
            let all = try await DutyRosterQueries.search(.init(), scopes: scopes, page: PageRequest(page: 1, per: 50), on: app.db)
            let labour = try await DutyRosterQueries.search(.init(field: .labour), scopes: scopes, page: PageRequest(page: 1, per: 50), on: app.db)
            let thursday = try await DutyRosterQueries.search(.init(day: "2026-11-26"), scopes: scopes, page: PageRequest(page: 1, per: 50), on: app.db)
            let supervisors = try await DutyRosterQueries.search(.init(kind: .supervisor), scopes: scopes, page: PageRequest(page: 1, per: 50), on: app.db)
            let paged = try await DutyRosterQueries.search(.init(), scopes: scopes, page: PageRequest(page: 2, per: 1), on: app.db)
            let page = try await (try await Browser.signedIn(app, admin)).get(app, "/admin/duty-roster?field=land")
            // check
            // Weekly slots by weekday: Monday's (lawyer.1) before Thursday's (lawyer.0).
            #expect(all.0.map(\.personName) == ["lawyer.1", "lawyer.0"] && all.1.total == 2)
            #expect(labour.0.map(\.personName) == ["lawyer.0"])
            #expect(thursday.0.map(\.personName) == ["lawyer.0"])
            #expect(supervisors.0.isEmpty)
            #expect(paged.0.map(\.personName) == ["lawyer.0"] && paged.1.total == 2)
            #expect(page.status == .ok && page.text.contains("<td>lawyer.1</td>") && !page.text.contains("<td>lawyer.0</td>"))
            #expect(!page.text.contains("<td>lawyer.2</td>"))
        }
    }

    @Test func removingASlotTakesAConfirmationStepAndIsAudited() async throws {
        try await withApp(clock: clock) { app in
            // setup
            let desk = try await ConsultationDesk.make(app, lawyers: 2)
            let mine = try await ConsultationDesk.slot(app, desk.lawyers[0], in: desk.j.townA)
            let theirs = try await ConsultationDesk.slot(app, desk.lawyers[1], in: desk.j.townB)
            let admin = try await makeStaff(app, "town.admin", [(.bureauAdmin, desk.j.townA)])
            let browser = try await Browser.signedIn(app, admin)
            // act
            let confirm = try await browser.get(app, "/admin/duty-roster/\(mine.id!)/delete")
            let stillThere = try await DutySlotRecord.find(mine.id, on: app.db)
            let removed = try await browser.post(app, "/admin/duty-roster/\(mine.id!)/delete", [])
            let other = try await browser.post(app, "/admin/duty-roster/\(theirs.id!)/delete", [])
            // check
            #expect(confirm.status == .ok && confirm.text.contains(L10n(.zhHans)(.dutyRemoveConfirm)) && stillThere != nil)
            #expect(removed.status == .seeOther && removed.location == "/admin/duty-roster?done=removed")
            #expect(other.status == .notFound)
            #expect(try await DutySlotRecord.query(on: app.db).all().map(\.id) == [theirs.id])
            let audit = try #require(try await AuditEvent.query(on: app.db).filter(\.$action == "duty.slot.remove").first())
            #expect(audit.targetID == mine.id)
        }
    }

    @Test func theAPIListsAddsAndRemovesSlotsWithinScope() async throws {
        try await withApp(clock: clock) { app in
            // setup
            let desk = try await ConsultationDesk.make(app, lawyers: 1)
            let admin = try await makeStaff(app, "town.admin", [(.bureauAdmin, desk.j.townA)])
            let browser = try await Browser.signedIn(app, admin)
            let lawyer = desk.lawyers[0].id!, townA = desk.j.townA.id!, townB = desk.j.townB.id!
            // act
            let created = try await apiRequest(app, .POST, "/api/v1/duty-slots", browser: browser,
                                               json: #"{"person_id":\#(lawyer),"date":"2026-11-27","start":"18:00","end":"22:00","region_id":\#(townA),"fields":["labour"]}"#)
            let refused = try await apiRequest(app, .POST, "/api/v1/duty-slots", browser: browser,
                                               json: #"{"person_id":\#(lawyer),"weekday":2,"start":"18:00","end":"08:00","region_id":\#(townB)}"#)
            let list = try await apiRequest(app, .GET, "/api/v1/duty-slots?day=2026-11-27", browser: browser)
            let id = try created.content.decode(DutySlotDTO.self).id
            let deleted = try await apiRequest(app, .DELETE, "/api/v1/duty-slots/\(id)", browser: browser)
            // check
            #expect(created.status == .created)
            let dto = try created.content.decode(DutySlotDTO.self)
            #expect(dto.kind == "lawyer" && dto.date == "2026-11-27" && dto.weekday == nil && dto.start == "18:00" && dto.end == "22:00")
            #expect(dto.fields == ["labour"] && dto.region_id == townA)
            #expect(refused.status == .unprocessableEntity && refused.headers.contentType?.description.contains("problem+json") == true)
            #expect(refused.text.contains("region_id") && refused.text.contains("end"))
            #expect(try list.content.decode(PageDTO<DutySlotDTO>.self).items.map(\.id) == [id])
            let left = try await DutySlotRecord.query(on: app.db).count()
            #expect(deleted.status == .ok && left == 0)
        }
    }
}
