import Fluent
import FarunCore
import Foundation
import Vapor

/// Finding an order by number and phone, for people without an account. Guessing is slowed per address and
/// per number, and a wrong phone looks exactly like an unknown number, so nobody learns which numbers exist.
enum TrackingLookup {
    static let attemptsPerAddress = 30
    static let attemptsPerNumber = 10
    static let window: TimeInterval = 600

    /// Counts one attempt for the caller's address and for the number; throws `tooManyRequests` past either limit.
    static func countAttempt(number: String, on req: Request) async throws {
        try await RateLimiter.hit("track:ip:\(req.clientIP)", limit: attemptsPerAddress, window: window, on: req)
        let key = WorkOrderNumber(number)?.description ?? String(number.trimmingCharacters(in: .whitespaces).prefix(40))
        try await RateLimiter.hit("track:number:\(key)", limit: attemptsPerNumber, window: window, on: req)
    }

    /// The order when both match; nil for an unknown number, a wrong phone or nonsense alike.
    static func find(number: String, phone: String, secrets: Secrets, on db: any Database) async throws -> WorkOrder? {
        let normalizedPhone = (try? PhoneNumber.normalizeContact(phone)) ?? phone.trimmingCharacters(in: .whitespaces)
        // Hash even when the number is malformed, so every refusal costs the same.
        let hash = secrets.lookupHash(normalizedPhone)
        guard let parsed = WorkOrderNumber(number),
              let order = try await WorkOrder.query(on: db).filter(\.$number == parsed.description).first()
        else { return nil }
        return order.requesterPhoneHash == hash ? order : nil
    }

    /// The order a valid ticket cookie points to, or nil (no cookie, forged, expired, or the phone changed).
    static func ticketed(_ req: Request) async throws -> WorkOrder? {
        guard let ticket = TrackingTicket.verify(req.cookies[TrackingTicket.cookie]?.string, secrets: req.secrets, now: req.now),
              let order = try await WorkOrder.find(ticket.orderID, on: req.db), order.requesterPhoneHash == ticket.phoneHash
        else { return nil }
        return order
    }
}
