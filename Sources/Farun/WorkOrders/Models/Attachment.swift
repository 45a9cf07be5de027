import Fluent
import Foundation

/// A file attached to a work order. Served only to people who may see the order.
final class Attachment: Model, @unchecked Sendable {
    static let schema = "attachments"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Parent(key: "work_order_id") var workOrder: WorkOrder

    // The file
    @Field(key: "file_name") var fileName: String
    @Field(key: "content_type") var contentType: String
    @Field(key: "size") var size: Int
    @Field(key: "sha256") var sha256: String
    /// Random name of the file in the attachments folder: never derived from user input.
    @Field(key: "storage_key") var storageKey: String

    // Provenance
    @Field(key: "uploaded_by") var uploadedBy: String
    @Field(key: "created_at") var createdAt: Date

    init() {}
}

/// An Idempotency-Key already used: the retry gets the first request's order.
final class IdempotencyRecord: Model, @unchecked Sendable {
    static let schema = "idempotency_keys"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    /// Who sent it (e.g. "staff:12", "anonymous"): keys are only unique per sender.
    @Field(key: "scope") var scope: String
    @Field(key: "key") var key: String
    /// SHA-256 of the request body: the same key with a different body is an error.
    @Field(key: "request_hash") var requestHash: String
    @OptionalParent(key: "work_order_id") var workOrder: WorkOrder?
    @Field(key: "created_at") var createdAt: Date

    init() {}
}
