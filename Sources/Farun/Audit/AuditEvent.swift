import Fluent
import Foundation

/// One entry of the append-only audit trail (审计日志): who changed what, when, from where.
/// The database refuses updates and deletes on this table (see M010).
final class AuditEvent: Model, @unchecked Sendable {
    static let schema = "audit_events"

    @ID(custom: "id", generatedBy: .database) var id: Int?

    // When and who
    @Field(key: "at") var at: Date
    /// staff, citizen, token or system
    @Field(key: "actor_kind") var actorKind: String
    @OptionalField(key: "actor_id") var actorID: Int?
    @Field(key: "actor_name") var actorName: String

    // What
    /// Stable action name, e.g. "region.rename".
    @Field(key: "action") var action: String
    @Field(key: "target_type") var targetType: String
    @OptionalField(key: "target_id") var targetID: Int?
    /// Region path of the target, so scoped staff can read the trail of their subtree.
    @Field(key: "region_path") var regionPath: String
    /// JSON with the changed fields; never personal identifiers in clear.
    @Field(key: "detail") var detail: String

    // Where from
    @Field(key: "request_id") var requestID: String
    @Field(key: "ip") var ip: String

    init() {}
}
