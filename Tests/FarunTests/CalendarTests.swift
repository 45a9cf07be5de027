import FarunCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import Farun

@Suite struct CalendarTests {
    static let notice2027 = """
    2027-01-01,holiday,元旦
    2027-01-02,holiday,元旦
    2027-01-03,holiday,元旦
    """

    @Test func anAdministratorAddsNextYearAndDeadlinesStopBeingProvisional() async throws {
        try await withApp { app in
            // setup
            let j = try await Jurisdiction.make(on: app.db)
            let admin = try await makeStaff(app, "admin", [(.bureauAdmin, j.county)])
            let browser = try await Browser.signedIn(app, admin)
            let before = try await apiRequest(app, .GET, "/api/v1/deadline?from=2026-12-24&days=8&unit=working", browser: browser)
            // act
            let saved = try await browser.post(app, "/admin/calendar", [("year", "2027"), ("source", "国办发明电〔2026〕7号"), ("entries", Self.notice2027)])
            let after = try await apiRequest(app, .GET, "/api/v1/deadline?from=2026-12-24&days=8&unit=working", browser: browser)
            let page = try await browser.get(app, "/admin/calendar")
            // check: 2027-01-01 is now a holiday, so the eighth working day moves from 01-05 to 01-06
            #expect(before.text.contains(#""due_date":"2027-01-05""#))
            #expect(before.text.contains(#""provisional":true"#))
            #expect(saved.status == .seeOther)
            #expect(after.text.contains(#""due_date":"2027-01-06""#))
            #expect(after.text.contains(#""provisional":false"#))
            #expect(page.text.contains("2004–2027"))
            #expect(try await auditCount(app, action: "calendar.save_year") == 1)
        }
    }

    @Test func savingAYearAgainReplacesIt() async throws {
        try await withApp { app in
            // setup
            let j = try await Jurisdiction.make(on: app.db)
            let admin = try await makeStaff(app, "admin", [(.systemAdmin, j.county)])
            let browser = try await Browser.signedIn(app, admin)
            _ = try await browser.post(app, "/admin/calendar", [("year", "2027"), ("source", "初稿"), ("entries", Self.notice2027)])
            // act
            _ = try await browser.post(app, "/admin/calendar", [("year", "2027"), ("source", "正式通知"), ("entries", "2027-01-01,holiday,元旦")])
            // check
            #expect(try await CalendarDay.query(on: app.db).count() == 1)
            #expect(try await CalendarYear.query(on: app.db).first()?.source == "正式通知")
        }
    }

    @Test func badNoticesAreExplainedAndNothingIsSaved() async throws {
        try await withApp { app in
            // setup
            let j = try await Jurisdiction.make(on: app.db)
            let admin = try await makeStaff(app, "admin", [(.bureauAdmin, j.county)])
            let browser = try await Browser.signedIn(app, admin)
            // act
            let wrongYear = try await browser.post(app, "/admin/calendar", [("year", "2027"), ("source", "x"), ("entries", "2028-01-01,holiday,元旦")])
            let badLine = try await browser.post(app, "/admin/calendar", [("year", "2027"), ("source", "x"), ("entries", "2027-01-01,holiday,元旦\n2027-02-30,holiday,春节")])
            let badKind = try await browser.post(app, "/admin/calendar", [("year", "2027"), ("source", "x"), ("entries", "2027-01-01,day_off,元旦")])
            let badYear = try await browser.post(app, "/admin/calendar", [("year", "来年"), ("source", "x"), ("entries", Self.notice2027)])
            let empty = try await browser.post(app, "/admin/calendar", [("year", "2027"), ("source", ""), ("entries", "")])
            // check
            for response in [wrongYear, badLine, badKind, badYear, empty] { #expect(response.status == .unprocessableEntity) }
            #expect(wrongYear.text.contains("2028-01-01 不属于 2027 年"))
            #expect(badLine.text.contains("第 2 行有误"))
            #expect(badYear.text.contains("2004 到 2100"))
            #expect(empty.text.contains("此项必填"))
            #expect(try await CalendarYear.query(on: app.db).count() == 0)
            #expect(try await CalendarDay.query(on: app.db).count() == 0)
        }
    }

    @Test func onlyAnAdministratorAtTheRootMayChangeTheDeploymentsCalendar() async throws {
        try await withApp { app in
            // setup
            let j = try await Jurisdiction.make(on: app.db)
            let townAdmin = try await makeStaff(app, "admin.town", [(.bureauAdmin, j.townA)])
            let clerk = try await makeStaff(app, "clerk", [(.windowClerk, j.county)])
            // act
            let town = try await Browser.signedIn(app, townAdmin).post(app, "/admin/calendar", [("year", "2027"), ("source", "x"), ("entries", Self.notice2027)])
            let clerkView = try await Browser.signedIn(app, clerk).get(app, "/admin/calendar")
            // check
            #expect(town.status == .forbidden)
            #expect(clerkView.status == .ok)
            #expect(!clerkView.text.contains("calendar-form"))
            #expect(try await CalendarYear.query(on: app.db).count() == 0)
        }
    }
}
