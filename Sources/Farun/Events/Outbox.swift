import Fluent
import FarunCore
import Foundation
import SQLKit

/// Writing to and claiming from the outbox. Raw statements are tested on both engines.
enum Outbox {
    /// Adds a message; call it on the transaction that makes the change.
    static func enqueue<Payload: Encodable>(topic: String, payload: Payload, at now: Date, on db: any Database) async throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        let message = OutboxMessage()
        message.topic = topic
        message.payload = String(decoding: try encoder.encode(payload), as: UTF8.self)
        message.attempts = 0
        message.nextAttemptAt = now
        message.lastError = ""
        message.createdAt = now
        try await message.create(on: db)
    }

    struct Claimed: Sendable {
        let id: Int
        let topic: String
        let payload: String
        let attempts: Int
    }

    /// Atomically takes up to `limit` due messages for `claimFor` seconds. A deliverer that dies holding them
    /// only delays them: they fall due again when the claim runs out (at-least-once delivery).
    static func claim(limit: Int, now: Date, claimFor seconds: TimeInterval, on db: any Database) async throws -> [Claimed] {
        let until = now.addingTimeInterval(seconds)
        let rows = try await db.sql.raw("""
            UPDATE outbox_messages SET next_attempt_at = \(bind: until)
            WHERE id IN (SELECT id FROM outbox_messages WHERE sent_at IS NULL AND parked_at IS NULL AND next_attempt_at <= \(bind: now)
                         ORDER BY id LIMIT \(bind: limit))
              AND sent_at IS NULL AND parked_at IS NULL AND next_attempt_at <= \(bind: now)
            RETURNING id, topic, payload, attempts
            """).all()
        return try rows.map {
            Claimed(id: try $0.decode(column: "id", as: Int.self), topic: try $0.decode(column: "topic", as: String.self),
                    payload: try $0.decode(column: "payload", as: String.self), attempts: try $0.decode(column: "attempts", as: Int.self))
        }.sorted { $0.id < $1.id }
    }

    static func markSent(_ id: Int, at now: Date, on db: any Database) async throws {
        try await OutboxMessage.query(on: db).filter(\.$id == id).set(\.$sentAt, to: now).update()
    }

    /// Records a failure and schedules the next attempt, or parks the message when none is left.
    static func markFailed(_ claimed: Claimed, error: String, at now: Date, policy: RetryPolicy, on db: any Database) async throws {
        let attempts = claimed.attempts + 1
        let query = OutboxMessage.query(on: db).filter(\.$id == claimed.id)
            .set(\.$attempts, to: attempts).set(\.$lastError, to: String(error.prefix(500)))
        if let delay = policy.delay(afterFailure: attempts) {
            query.set(\.$nextAttemptAt, to: now.addingTimeInterval(TimeInterval(delay)))
        } else {
            query.set(\.$parkedAt, to: now)
        }
        try await query.update()
    }
}

/// Leases make a background job run on exactly one instance at a time.
enum JobLeases {
    /// Takes or renews the lease `name` for `holder` until `now + ttl`; false when another live holder has it.
    static func acquire(_ name: String, holder: String, ttl: TimeInterval, now: Date, on db: any Database) async throws -> Bool {
        let until = now.addingTimeInterval(ttl)
        let inserted = try await db.sql.raw("""
            INSERT INTO job_leases (name, holder, expires_at) VALUES (\(bind: name), \(bind: holder), \(bind: until))
            ON CONFLICT (name) DO NOTHING RETURNING holder
            """).first()
        if inserted != nil { return true }
        let updated = try await db.sql.raw("""
            UPDATE job_leases SET holder = \(bind: holder), expires_at = \(bind: until)
            WHERE name = \(bind: name) AND (expires_at < \(bind: now) OR holder = \(bind: holder))
            RETURNING holder
            """).first()
        return updated != nil
    }
}
