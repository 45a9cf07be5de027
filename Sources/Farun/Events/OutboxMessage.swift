import Fluent
import Foundation

/// A message to deliver (通知发件箱), written in the same transaction as the change it announces, so that a
/// committed change is never without its message and a rolled-back one never has one.
final class OutboxMessage: Model, @unchecked Sendable {
    static let schema = "outbox_messages"

    @ID(custom: "id", generatedBy: .database) var id: Int?

    // What
    /// e.g. "work_order.accepted"
    @Field(key: "topic") var topic: String
    /// JSON body posted to the webhook.
    @Field(key: "payload") var payload: String

    // Delivery (at least once)
    @Field(key: "attempts") var attempts: Int
    @Field(key: "next_attempt_at") var nextAttemptAt: Date
    @OptionalField(key: "sent_at") var sentAt: Date?
    /// Set when no attempt is left; a person must look at it.
    @OptionalField(key: "parked_at") var parkedAt: Date?
    @Field(key: "last_error") var lastError: String
    @Field(key: "created_at") var createdAt: Date

    init() {}
}

/// Which instance runs a background job now (a lease row; the holder renews it while it lives).
final class JobLease: Model, @unchecked Sendable {
    static let schema = "job_leases"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Field(key: "name") var name: String
    @Field(key: "holder") var holder: String
    @Field(key: "expires_at") var expiresAt: Date

    init() {}
}
