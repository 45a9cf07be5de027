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
        let event = AuditEvent()
        event.at = request.now
        switch request.principal {
        case .staff(let s):
            event.actorKind = s.tokenScopes == nil ? "staff" : "token"
            event.actorID = s.id
            event.actorName = s.username
        case .citizen(let c):
            event.actorKind = "citizen"
            event.actorID = c.id
            event.actorName = ""
        case .anonymous:
            event.actorKind = "anonymous"
            event.actorName = ""
        }
        event.action = action
        event.targetType = target
        event.targetID = id
        event.regionPath = regionPath?.value ?? "/"
        event.detail = Self.json(detail)
        event.requestID = request.id
        event.ip = request.clientIP
        try await event.create(on: db)
    }

    /// For changes made from the command line (import, create-admin, demo).
    static func recordSystem(_ action: String, target: String, id: Int?, detail: [String: String] = [:], at date: Date, on db: any Database) async throws {
        let event = AuditEvent()
        event.at = date
        event.actorKind = "system"
        event.actorName = "farun"
        event.action = action
        event.targetType = target
        event.targetID = id
        event.regionPath = "/"
        event.detail = Self.json(detail)
        event.requestID = ""
        event.ip = ""
        try await event.create(on: db)
    }

    private static func json(_ detail: [String: String]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return (try? String(decoding: encoder.encode(detail), as: UTF8.self)) ?? "{}"
    }
}
