import Foundation
import Prometheus
import Vapor

/// Prometheus metrics for this instance: requests and latencies by route, and the database pool.
struct FarunMetrics: Sendable {
    let registry = PrometheusCollectorRegistry()

    func recordRequest(route: String, method: String, status: UInt, duration: Duration) {
        let labels = [("route", route), ("method", method), ("status", String(status))]
        registry.makeCounter(descriptor: .init(namespace: "farun", subsystem: "http", metricName: "requests", unitName: "total",
                                               helpText: "HTTP requests by route pattern, method and status"), labels: labels).increment()
        registry.makeDurationHistogram(
            descriptor: .init(namespace: "farun", subsystem: "http", metricName: "request_duration", unitName: "seconds",
                              helpText: "HTTP request latency by route pattern"),
            labels: [("route", route), ("method", method)],
            buckets: [.milliseconds(5), .milliseconds(10), .milliseconds(25), .milliseconds(50), .milliseconds(100),
                      .milliseconds(250), .milliseconds(500), .seconds(1), .seconds(2.5), .seconds(5)]
        ).record(duration)
    }

    func setDatabase(poolSize: Int, pingSeconds: Double?, engine: String) {
        registry.makeGauge(descriptor: .init(namespace: "farun", subsystem: "database", metricName: "pool_max_connections", unitName: "count",
                                             helpText: "Configured maximum database connections of this instance"),
                           labels: [("engine", engine)]).set(to: Double(poolSize))
        registry.makeGauge(descriptor: .init(namespace: "farun", subsystem: "database", metricName: "up", unitName: "bool",
                                             helpText: "1 when the last database check succeeded"),
                           labels: [("engine", engine)]).set(to: pingSeconds == nil ? 0 : 1)
        if let pingSeconds {
            registry.makeGauge(descriptor: .init(namespace: "farun", subsystem: "database", metricName: "ping", unitName: "seconds",
                                                 helpText: "Round trip of the last database check"),
                               labels: [("engine", engine)]).set(to: pingSeconds)
        }
    }
}

extension Application {
    private struct MetricsKey: StorageKey { typealias Value = FarunMetrics }
    var farunMetrics: FarunMetrics {
        if let existing = storage[MetricsKey.self] { return existing }
        let fresh = FarunMetrics()
        storage[MetricsKey.self] = fresh
        return fresh
    }

    /// Database connections this instance may open (connections per event loop × loops).
    var databasePoolSize: Int {
        get { storage[PoolSizeKey.self] ?? 0 }
        set { storage[PoolSizeKey.self] = newValue }
    }
    private struct PoolSizeKey: StorageKey { typealias Value = Int }
}

/// Times every request and labels it with its route pattern, never the raw path (ids would explode the series).
struct MetricsMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let start = ContinuousClock.now
        var status: UInt = 500
        defer {
            let route = request.route.map { "/" + $0.path.map(\.description).joined(separator: "/") } ?? "unmatched"
            request.application.farunMetrics.recordRequest(route: route, method: request.method.rawValue, status: status, duration: ContinuousClock.now - start)
        }
        let response = try await next.respond(to: request)
        status = response.status.code
        return response
    }
}
