import Fluent
import SQLKit
import Vapor

/// Liveness, readiness, metrics and the OpenAPI document.
enum OperationsController {
    static func register(_ routes: any RoutesBuilder) {
        routes.on(.GET, .healthz, access: .everyone, use: healthz)
        routes.on(.GET, .readyz, access: .everyone, use: readyz)
        routes.on(.GET, .metrics, access: .everyone, use: metrics)
        routes.on(.GET, .openAPI, access: .everyone, use: openAPI)
    }

    @Sendable static func healthz(req: Request) async throws -> Response {
        Response(status: .ok, headers: ["Content-Type": "text/plain; charset=utf-8"], body: "ok\n")
    }

    /// Ready when the database answers.
    static func pingDatabase(_ db: any Database) async -> Double? {
        let start = ContinuousClock.now
        do {
            _ = try await db.sql.raw("SELECT 1 AS ok").all()
            let elapsed = ContinuousClock.now - start
            return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        } catch {
            return nil
        }
    }

    @Sendable static func readyz(req: Request) async throws -> Response {
        let ping = await pingDatabase(req.db)
        req.application.farunMetrics.setDatabase(poolSize: req.application.databasePoolSize, pingSeconds: ping,
                                                 engine: req.application.settings.database.engineName)
        guard ping != nil else {
            return Response(status: .serviceUnavailable, headers: ["Content-Type": "text/plain; charset=utf-8"], body: "database unreachable\n")
        }
        return Response(status: .ok, headers: ["Content-Type": "text/plain; charset=utf-8"], body: "ready\n")
    }

    @Sendable static func metrics(req: Request) async throws -> Response {
        let ping = await pingDatabase(req.db)
        let app = req.application
        app.farunMetrics.setDatabase(poolSize: app.databasePoolSize, pingSeconds: ping, engine: app.settings.database.engineName)
        return Response(status: .ok, headers: ["Content-Type": "text/plain; version=0.0.4; charset=utf-8"],
                        body: .init(string: app.farunMetrics.registry.emitToString()))
    }

    @Sendable static func openAPI(req: Request) async throws -> Response {
        let data = try OpenAPIDocument.json(for: req.application.routes.all)
        return Response(status: .ok, headers: ["Content-Type": "application/json; charset=utf-8"], body: .init(data: data))
    }
}
