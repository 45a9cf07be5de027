import Fluent
import FarunCore
import Foundation
import Vapor

/// Writes the audit trail. Call it inside the same transaction as the change it records.
enum Audit {
    static func record(
        _ action: String, target: String, id: Int?, regionPath: RegionPath?, detail: [String: String] = [:],
        by request: Request, on db: any Database
    ) async throws {
        // The audit trail names staff by username (the timeline, through `Doer(request)`, by display name).
        var doer = Doer(request)
        if case .staff(let s) = request.principal { doer = Doer(kind: doer.kind, id: s.id, name: s.username, requestID: request.id, ip: request.clientIP) }
        try await record(action, target: target, id: id, regionPath: regionPath, detail: detail, doer: doer, at: request.now, on: db)
    }

    /// For changes made from the command line (import, create-admin, demo).
    static func recordSystem(_ action: String, target: String, id: Int?, detail: [String: String] = [:], at date: Date, on db: any Database) async throws {
        try await record(action, target: target, id: id, regionPath: nil, detail: detail, doer: .system, at: date, on: db)
    }

    /// Records a change made by `doer` (a request's principal or the system).
    static func record(
        _ action: String, target: String, id: Int?, regionPath: RegionPath?, detail: [String: String] = [:],
        doer: Doer, at date: Date, on db: any Database
    ) async throws {
        let event = AuditEvent()
        event.at = date
        event.actorKind = doer.kind
        event.actorID = doer.id
        event.actorName = doer.name
        event.action = action
        event.targetType = target
        event.targetID = id
        event.regionPath = regionPath?.value ?? "/"
        event.detail = Self.json(detail)
        event.requestID = doer.requestID
        event.ip = doer.ip
        try await event.create(on: db)
    }

    private static func json(_ detail: [String: String]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return (try? String(decoding: encoder.encode(detail), as: UTF8.self)) ?? "{}"
    }
}
