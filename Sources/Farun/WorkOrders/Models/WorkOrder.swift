import Fluent
import FarunCore
import Foundation

/// A work order (工单): one citizen request from any channel, with one lifecycle.
final class WorkOrder: Model, @unchecked Sendable {
    static let schema = "work_orders"

    @ID(custom: "id", generatedBy: .database) var id: Int?

    // What and how
    /// 工单编号, e.g. "141025100-20261125-0007".
    @Field(key: "number") var number: String
    @Field(key: "service_code") var serviceCode: String
    @Field(key: "channel") var channel: WorkOrderChannel
    @Field(key: "state") var state: WorkOrderState
    /// Where 补正 returns to.
    @OptionalField(key: "resume_state") var resumeState: WorkOrderState?
    @Field(key: "priority") var priority: WorkOrderPriority
    /// 绿色通道: set with a reason when the order is served first.
    @OptionalField(key: "green_channel") var greenChannel: GreenChannelReason?
    @Field(key: "green_channel_note") var greenChannelNote: String

    // Requester (phone and ID number encrypted; masked copies for lists)
    @Field(key: "requester_name") var requesterName: String
    @Field(key: "requester_phone") var requesterPhoneEncrypted: String
    @Field(key: "requester_phone_hash") var requesterPhoneHash: String
    @Field(key: "requester_phone_masked") var requesterPhoneMasked: String
    @OptionalField(key: "resident_id") var residentIDEncrypted: String?
    @OptionalField(key: "resident_id_hash") var residentIDHash: String?
    @Field(key: "resident_id_masked") var residentIDMasked: String
    @OptionalParent(key: "citizen_id") var citizen: Citizen?
    /// 事项描述.
    @Field(key: "matter") var matter: String

    // Place and handling
    @Parent(key: "region_id") var region: Region
    @Field(key: "region_path") var regionPath: String
    @OptionalParent(key: "service_point_id") var servicePoint: ServicePoint?
    @OptionalParent(key: "unit_id") var unit: HandlingUnit?
    @OptionalParent(key: "assignee_id") var assignee: StaffUser?
    @OptionalParent(key: "created_by_id") var createdBy: StaffUser?
    /// A parent order closes only when its children are done.
    @OptionalParent(key: "parent_id") var parent: WorkOrder?
    /// A follow-up to an earlier order.
    @OptionalParent(key: "follows_id") var follows: WorkOrder?
    /// The open 补正 list, one item per line (what the citizen sees).
    @Field(key: "missing_materials") var missingMaterials: String
    /// 办理结果 / refusal reason: the last decisive text shown to the citizen.
    @Field(key: "outcome") var outcome: String

    // Deadlines
    @Field(key: "submitted_on") var submittedOn: String
    @OptionalField(key: "accepted_on") var acceptedOn: String?
    @OptionalField(key: "acceptance_due") var acceptanceDue: String?
    @Field(key: "acceptance_due_provisional") var acceptanceDueProvisional: Bool
    @OptionalField(key: "handling_due") var handlingDue: String?
    @Field(key: "handling_due_provisional") var handlingDueProvisional: Bool
    @Field(key: "deadline_flag") var deadlineFlag: DeadlineFlag
    /// When the sweep told the unit head (once per order and flag change to overdue).
    @OptionalField(key: "escalated_at") var escalatedAt: Date?

    // Times and optimistic version
    @Field(key: "submitted_at") var submittedAt: Date
    @OptionalField(key: "resolved_at") var resolvedAt: Date?
    @OptionalField(key: "closed_at") var closedAt: Date?
    @Field(key: "updated_at") var updatedAt: Date
    /// Incremented by every change; a write with a stale version is refused (someone else changed this order).
    @Field(key: "version") var version: Int

    init() {}

    var status: WorkOrderLifecycle.Status { .init(state, resumeState: resumeState) }
    var path: RegionPath { RegionPath(regionPath) ?? RegionPath(ids: []) }
    var missingMaterialList: [String] { missingMaterials.split(separator: "\n").map(String.init) }

    /// The deadline that applies now: acceptance while waiting at the front desk, handling afterwards.
    var currentDue: (date: LocalDate, provisional: Bool)? {
        if acceptedOn == nil, let due = acceptanceDue.flatMap(LocalDate.init) { return (due, acceptanceDueProvisional) }
        if acceptedOn != nil, let due = handlingDue.flatMap(LocalDate.init) { return (due, handlingDueProvisional) }
        return nil
    }
}

/// One entry of an order's timeline (办理记录). Append-only: the database refuses updates and deletes.
final class WorkOrderEvent: Model, @unchecked Sendable {
    static let schema = "work_order_events"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Parent(key: "work_order_id") var workOrder: WorkOrder
    @Field(key: "at") var at: Date

    // Who
    /// staff, token, citizen, anonymous or system.
    @Field(key: "actor_kind") var actorKind: String
    @OptionalField(key: "actor_id") var actorID: Int?
    @Field(key: "actor_name") var actorName: String

    // What
    /// A `WorkOrderAction` raw value, or submit, claim, note, attach, rate, escalate.
    @Field(key: "action") var action: String
    @OptionalField(key: "from_state") var fromState: WorkOrderState?
    @Field(key: "to_state") var toState: WorkOrderState
    @Field(key: "channel") var channel: String
    @Field(key: "note") var note: String
    /// JSON object with the action's particulars (target unit, assignee, missing materials …).
    @Field(key: "detail") var detail: String

    init() {}
}

/// A clock pause (期限中止) on an order.
final class WorkOrderPause: Model, @unchecked Sendable {
    static let schema = "work_order_pauses"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Parent(key: "work_order_id") var workOrder: WorkOrder
    /// supplement, verification or force_majeure.
    @Field(key: "reason") var reason: String
    @Field(key: "started_on") var startedOn: String
    @OptionalField(key: "ended_on") var endedOn: String?

    init() {}

    var period: PeriodPause? {
        guard let start = LocalDate(startedOn) else { return nil }
        return PeriodPause(start: start, end: endedOn.flatMap(LocalDate.init), reason: reason)
    }
}
