import Fluent
import FarunCore
import Foundation

/// 满意度: the citizen's rating of a resolved order. Raw values are stored.
enum RatingScore: String, Codable, Sendable, CaseIterable {
    case satisfied
    case basicallySatisfied = "basically_satisfied"
    case dissatisfied

    /// 满意率 counts 满意 and 基本满意 as satisfied.
    var countsAsSatisfied: Bool { self != .dissatisfied }
}

final class Rating: Model, @unchecked Sendable {
    static let schema = "ratings"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Parent(key: "work_order_id") var workOrder: WorkOrder
    @OptionalParent(key: "unit_id") var unit: HandlingUnit?
    @Field(key: "region_path") var regionPath: String
    @Field(key: "score") var score: RatingScore
    @Field(key: "comment") var comment: String
    @Field(key: "created_at") var createdAt: Date

    init() {}
}

/// What a call-back task is for. Raw values are stored.
enum CallbackKind: String, Codable, Sendable, CaseIterable {
    /// 未接来电回拨: a missed 12348 call.
    case missedCall = "missed_call"
    /// 不满意回访: a 不满意 rating, for the unit head.
    case dissatisfied
}

/// A call-back task (回访/回拨), tracked until done.
final class CallbackTask: Model, @unchecked Sendable {
    static let schema = "callback_tasks"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Field(key: "kind") var kind: CallbackKind
    @OptionalParent(key: "call_record_id") var callRecord: CallRecord?
    @OptionalParent(key: "work_order_id") var workOrder: WorkOrder?
    @OptionalParent(key: "unit_id") var unit: HandlingUnit?
    @Field(key: "region_path") var regionPath: String
    @OptionalParent(key: "assignee_id") var assignee: StaffUser?

    // Progress
    @Field(key: "due_at") var dueAt: Date
    @OptionalField(key: "done_at") var doneAt: Date?
    @OptionalParent(key: "done_by_id") var doneBy: StaffUser?
    @Field(key: "outcome") var outcome: String
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "version") var version: Int

    init() {}
}

/// A message for the citizen, shown on the tracking page (and sent through the outbox).
final class CitizenNotice: Model, @unchecked Sendable {
    static let schema = "citizen_notices"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Parent(key: "work_order_id") var workOrder: WorkOrder
    /// The topic, e.g. "work_order.accepted".
    @Field(key: "kind") var kind: String
    @Field(key: "text_zh") var textZh: String
    @Field(key: "text_en") var textEn: String
    @Field(key: "created_at") var createdAt: Date

    init() {}
}

/// A 12348 call as the switchboard reports it.
final class CallRecord: Model, @unchecked Sendable {
    static let schema = "call_records"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    /// The switchboard's own id for the call: a repeated post is recognised.
    @Field(key: "external_id") var externalID: String

    // Caller
    @Field(key: "caller") var callerEncrypted: String
    @Field(key: "caller_hash") var callerHash: String
    @Field(key: "caller_masked") var callerMasked: String

    // Times
    @Field(key: "ring_at") var ringAt: Date
    @OptionalField(key: "answered_at") var answeredAt: Date?
    @Field(key: "ended_at") var endedAt: Date
    @Field(key: "answered") var answered: Bool

    // Handling
    @OptionalParent(key: "operator_id") var `operator`: StaffUser?
    @Field(key: "recording_ref") var recordingRef: String
    @Parent(key: "region_id") var region: Region
    @Field(key: "region_path") var regionPath: String
    @OptionalParent(key: "work_order_id") var workOrder: WorkOrder?
    @Field(key: "created_at") var createdAt: Date

    init() {}
}
