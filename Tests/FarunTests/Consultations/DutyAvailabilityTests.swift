import FarunCore
import Fluent
import Foundation
import Testing
import Vapor
@testable import Farun

/// 我现在可以接单: a lawyer declares from now until a time within 12 hours, sees it on the workbench, is offered
/// questions meanwhile, and can stop early.
@Suite struct DutyAvailabilityTests {
    let clock = FixedClock(ConsultationDesk.start)

    @Test func aLawyerDeclaresUntilATimeAndIsOfferedQuestionsMeanwhile() async throws {
        try await withApp(clock: clock) { app in
            // setup
            let desk = try await ConsultationDesk.make(app, lawyers: 1)
            let browser = try await Browser.signedIn(app, desk.lawyers[0])
            let id = try await desk.ask(app)
            // act
            let response = try await browser.post(app, "/staff/consultations/availability", [("until", "2026-11-26T12:30"), ("region_id", String(desk.j.county.id!))])
            let workbench = try await browser.get(app, "/staff/consultations?availability=declared")
            // check
            #expect(response.status == .seeOther && response.location == "/staff/consultations?availability=declared#availability")
            let declared = try #require(try await DutyAvailabilityRecord.query(on: app.db).first())
            #expect(declared.from == ConsultationDesk.start && declared.until == ConsultationDesk.start.addingTimeInterval(2.5 * 3600))
            #expect(declared.regionPath == desk.j.county.path && declared.fields == "")
            #expect(try await AuditEvent.query(on: app.db).filter(\.$action == "duty.availability.declare").count() == 1)
            #expect(workbench.text.contains(L10n(.zhHans)(.availabilityFlashDeclared)) && workbench.text.contains("/staff/consultations/availability/end"))
            #expect(workbench.text.contains("/staff/consultations/\(id.uuidString)"))
        }
    }

    @Test func anEndInThePastTooFarAheadUnreadableOrInAnotherRegionIsRefused() async throws {
        try await withApp(clock: clock) { app in
            // setup
            let desk = try await ConsultationDesk.make(app, lawyers: 1)
            let browser = try await Browser.signedIn(app, desk.lawyers[0])
            let county = String(desk.j.county.id!)
            let zh = L10n(.zhHans)
            // act
            let past = try await browser.post(app, "/staff/consultations/availability", [("until", "2026-11-26T10:00"), ("region_id", county)])
            let tooLong = try await browser.post(app, "/staff/consultations/availability", [("until", "2026-11-26T22:01"), ("region_id", county)])
            let unreadable = try await browser.post(app, "/staff/consultations/availability", [("until", "tonight"), ("region_id", county)])
            let elsewhere = try await browser.post(app, "/staff/consultations/availability", [("until", "2026-11-26T12:00"), ("region_id", "999999")])
            let longest = try await browser.post(app, "/staff/consultations/availability", [("until", "2026-11-26T22:00"), ("region_id", county)])
            // check
            #expect(past.status == .unprocessableEntity && past.text.contains(zh(.availabilityErrorPast)))
            #expect(tooLong.status == .unprocessableEntity && tooLong.text.contains(zh(.availabilityErrorTooLong, 12)))
            #expect(unreadable.status == .unprocessableEntity && unreadable.text.contains(zh(.availabilityErrorFormat)))
            #expect(elsewhere.status == .unprocessableEntity && elsewhere.text.contains(zh(.validationChoose)))
            #expect(longest.status == .seeOther)
            #expect(try await DutyAvailabilityRecord.query(on: app.db).count() == 1)
        }
    }

    @Test func stoppingEarlyEndsTheDeclarationNowAndTheWorkbenchSaysSo() async throws {
        try await withApp(clock: clock) { app in
            // setup
            let desk = try await ConsultationDesk.make(app, lawyers: 2)
            let browser = try await Browser.signedIn(app, desk.lawyers[0])
            _ = try await browser.post(app, "/staff/consultations/availability", [("until", "2026-11-26T18:00"), ("region_id", String(desk.j.county.id!))])
            let colleague = try await Browser.signedIn(app, desk.lawyers[1])
            _ = try await colleague.post(app, "/staff/consultations/availability", [("until", "2026-11-26T18:00"), ("region_id", String(desk.j.county.id!))])
            // act
            let response = try await browser.post(app, "/staff/consultations/availability/end", [])
            let workbench = try await browser.get(app, "/staff/consultations")
            // check
            #expect(response.status == .seeOther)
            let rows = try await DutyAvailabilityRecord.query(on: app.db).sort(\.$id).all()
            #expect(rows.map(\.until) == [ConsultationDesk.start, ConsultationDesk.start.addingTimeInterval(8 * 3600)])
            #expect(workbench.text.contains(L10n(.zhHans)(.availabilityNone)))
            #expect(try await ConsultationStore.roster(now: ConsultationDesk.start, on: app.db).availability.map(\.person) == [String(desk.lawyers[1].id!)])
            #expect(try await AuditEvent.query(on: app.db).filter(\.$action == "duty.availability.end").count() == 1)
        }
    }
}
