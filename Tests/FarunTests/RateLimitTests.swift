import FarunCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import Farun

@Suite struct RateLimitTests {
    @Test func tooManySignInAttemptsFromOneAddressAreRefusedUntilTheWindowPasses() async throws {
        for engine in TestEngine.available {
            var clock = FixedClock(Date(timeIntervalSince1970: 1_790_000_000))
            try await withApp(on: engine, clock: clock) { app in
                // setup
                var settings = app.settings
                settings.signInAttemptsPerIP = 3
                app.settings = settings
                // act
                var statuses: [HTTPResponseStatus] = []
                for i in 0..<4 {
                    statuses.append(try await Browser.anonymous.post(app, "/staff/sign-in", [("username", "nobody\(i)"), ("password", "x")]).status)
                }
                let citizen = try await Browser.anonymous.post(app, "/account/sign-in", [("phone", "13800138000"), ("password", "x")])
                clock.advance(by: 601)
                app.clock = clock
                let afterWindow = try await Browser.anonymous.post(app, "/staff/sign-in", [("username", "nobody"), ("password", "x")])
                // check
                #expect(statuses == [.unauthorized, .unauthorized, .unauthorized, .tooManyRequests])
                #expect(citizen.status == .tooManyRequests)
                #expect(citizen.text.contains("操作过于频繁"))
                #expect(afterWindow.status == .unauthorized)
            }
        }
    }
}
