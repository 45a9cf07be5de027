import Testing
import Vapor
import VaporTesting
@testable import Farun

@Suite struct HealthTests {
    @Test func healthAndReadinessAnswerWhenTheDatabaseIsUp() async throws {
        try await withApp { app in
            // act
            let health = try await Browser.anonymous.get(app, "/healthz")
            let ready = try await Browser.anonymous.get(app, "/readyz")
            // check
            #expect(health.status == .ok)
            #expect(ready.status == .ok)
            #expect(ready.text == "ready\n")
        }
    }

    @Test func metricsCountRequestsByRoutePattern() async throws {
        try await withApp { app in
            // setup
            _ = try await Browser.anonymous.get(app, "/service-points/12345")
            // act
            let metrics = try await Browser.anonymous.get(app, "/metrics")
            // check
            #expect(metrics.status == .ok)
            #expect(metrics.text.contains("farun_http_requests_total"))
            #expect(metrics.text.contains("route=\"/service-points/:id\""))
            #expect(!metrics.text.contains("/service-points/12345"))
            #expect(metrics.text.contains("farun_database_up_bool"))
        }
    }
}
