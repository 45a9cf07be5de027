import FarunCore
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import Farun

@Suite struct DeadlineCalculatorTests {
    @Test func staffComputeADueDateOnThePageAndThroughTheAPI() async throws {
        try await withApp { app in
            // setup
            let j = try await Jurisdiction.make(on: app.db)
            let clerk = try await makeStaff(app, "clerk.a", [(.windowClerk, j.townA)])
            let browser = try await Browser.signedIn(app, clerk)
            // act
            let page = try await browser.get(app, "/staff/deadline-calculator?from=2026-09-28&days=7&unit=calendar")
            let api = try await apiRequest(app, .GET, "/api/v1/deadline?from=2026-02-10&days=15&unit=working", browser: browser)
            let provisional = try await browser.get(app, "/staff/deadline-calculator?from=2026-12-24&days=8&unit=working")
            // check
            #expect(page.status == .ok)
            #expect(page.text.contains("届满日：2026-10-08"))
            #expect(api.status == .ok)
            #expect(api.text.contains(#""due_date":"2026-03-09""#))
            #expect(api.text.contains(#""provisional":false"#))
            #expect(provisional.text.contains("待定"))
        }
    }

    @Test func badCalculatorInputIsExplained() async throws {
        try await withApp(on: .sqlite) { app in
            // setup
            let j = try await Jurisdiction.make(on: app.db)
            let clerk = try await makeStaff(app, "clerk.a", [(.windowClerk, j.townA)])
            let browser = try await Browser.signedIn(app, clerk)
            // act
            let page = try await browser.get(app, "/staff/deadline-calculator?from=2026-02-30&days=abc&unit=weeks")
            let api = try await apiRequest(app, .GET, "/api/v1/deadline?from=2026-09-28&days=-2", browser: browser)
            let empty = try await browser.get(app, "/staff/deadline-calculator")
            // check
            #expect(page.status == .unprocessableEntity)
            #expect(page.text.contains("请输入有效日期"))
            #expect(page.text.contains("请输入 0 到 100000 之间的整数"))
            #expect(api.status == .unprocessableEntity)
            #expect(api.text.contains(#""field":"days""#))
            #expect(empty.status == .ok)
            #expect(!empty.text.contains("<h2>届满日"))
        }
    }
}
