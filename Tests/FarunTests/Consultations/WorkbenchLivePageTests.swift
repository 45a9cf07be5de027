import FarunCore
import Foundation
import Testing
import Vapor
@testable import Farun

/// The workbench page as served: it loads the live script, which the asset route serves, and names the stream.
@Suite struct WorkbenchLivePageTests {
    @Test func theServedWorkbenchReferencesTheScriptAndTheStreamAndTheScriptIsServed() async throws {
        try await withApp { app in
            // setup: an offered question, so the page lists a row the script can update
            let desk = try await ConsultationDesk.make(app, lawyers: 1)
            let now = Date()
            try await desk.onDuty(app, 0, around: now)
            let id = try await desk.askLive(app, at: now)
            // act
            let page = try await Browser.signedIn(app, desk.lawyers[0]).get(app, SiteURL.consultationWorkbench.path)
            let script = try await Browser.anonymous.get(app, SiteURL.asset("workbench.js").path)
            // check
            let html = page.body.string
            #expect(page.status == .ok)
            #expect(html.contains("src=\"\(SiteURL.asset("workbench.js").path)\""))
            #expect(html.contains("data-workbench-stream=\"\(SiteURL.consultationStream.path)\""))
            #expect(html.contains("data-consultation=\"\(id.uuidString)\"") && html.contains("岳阳镇"))
            #expect(script.status == .ok)
            #expect(script.headers.contentType?.subType == "javascript")
            #expect(script.body.string.contains("new EventSource("))
        }
    }
}
