import Fluent
import Foundation
import Vapor

/// A fixed-window counter per key, kept in the database so that every instance counts together.
final class RateLimitCounter: Model, @unchecked Sendable {
    static let schema = "rate_limit_counters"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    /// e.g. "sign-in:ip:203.0.113.7"
    @Field(key: "key") var key: String
    @Field(key: "window_start") var windowStart: Date
    @Field(key: "hits") var hits: Int

    init() {}
}

enum RateLimiter {
    /// Counts one hit; throws `tooManyRequests` once `limit` hits fall inside one window.
    static func hit(_ key: String, limit: Int, window: TimeInterval, on request: Request) async throws {
        let now = request.now
        for attempt in 0..<2 {
            do {
                let hits = try await request.db.writeTransaction { db -> Int in
                    if let counter = try await RateLimitCounter.query(on: db).filter(\.$key == key).first() {
                        if counter.windowStart <= now.addingTimeInterval(-window) {
                            counter.windowStart = now
                            counter.hits = 1
                        } else {
                            counter.hits += 1
                        }
                        try await counter.save(on: db)
                        return counter.hits
                    }
                    let counter = RateLimitCounter()
                    counter.key = key
                    counter.windowStart = now
                    counter.hits = 1
                    try await counter.create(on: db)
                    return 1
                }
                if hits > limit { throw AppError.tooManyRequests }
                return
            } catch let error as AppError {
                throw error
            } catch where attempt == 0 {
                // Another instance created the same key at the same moment: count again.
                continue
            }
        }
    }

    /// Requests submitted by citizens (work orders, mediation applications) per client address: one allowance for all.
    static func citizenIntake(on request: Request) async throws {
        try await hit("intake:ip:\(request.clientIP)", limit: 30, window: 600, on: request)
    }

    /// Sign-in and sign-up attempts per client address.
    static func signInAttempt(on request: Request) async throws {
        let settings = request.application.settings
        try await hit("sign-in:ip:\(request.clientIP)", limit: settings.signInAttemptsPerIP, window: 600, on: request)
    }
}
