import FarunCore
import Foundation
import Vapor

/// A work order as the API shows it to staff: phone and ID number masked.
struct WorkOrderDTO: Content {
    let id: Int
    let number: String
    let service_code: String
    let service_name: String
    let channel: String
    let state: String
    let priority: String
    let green_channel: String?
    let green_channel_note: String
    let requester_name: String
    let requester_phone: String
    let resident_id: String
    let matter: String
    let region_id: Int
    let service_point_id: Int?
    let unit_id: Int?
    let assignee_id: Int?
    let parent_id: Int?
    let follows_id: Int?
    let missing_materials: [String]
    let outcome: String
    let submitted_at: Date
    let accepted_on: String?
    let acceptance_due: String?
    let acceptance_due_provisional: Bool
    let handling_due: String?
    let handling_due_provisional: Bool
    let deadline_flag: String
    let version: Int
    /// What the caller may do now.
    let actions: [String]

    init(_ order: WorkOrder, serviceName: String, actions: [WorkOrderAction]) throws {
        id = try order.requireID()
        number = order.number
        service_code = order.serviceCode
        service_name = serviceName
        channel = order.channel.rawValue
        state = order.state.rawValue
        priority = order.priority.rawValue
        green_channel = order.greenChannel?.rawValue
        green_channel_note = order.greenChannelNote
        requester_name = order.requesterName
        requester_phone = order.requesterPhoneMasked
        resident_id = order.residentIDMasked
        matter = order.matter
        region_id = order.$region.id
        service_point_id = order.$servicePoint.id
        unit_id = order.$unit.id
        assignee_id = order.$assignee.id
        parent_id = order.$parent.id
        follows_id = order.$follows.id
        missing_materials = order.missingMaterialList
        outcome = order.outcome
        submitted_at = order.submittedAt
        accepted_on = order.acceptedOn
        acceptance_due = order.acceptanceDue
        acceptance_due_provisional = order.acceptanceDueProvisional
        handling_due = order.handlingDue
        handling_due_provisional = order.handlingDueProvisional
        deadline_flag = order.deadlineFlag.rawValue
        version = order.version
        self.actions = actions.map(\.rawValue)
    }
}

/// One timeline entry.
struct WorkOrderEventDTO: Content {
    let id: Int
    let at: Date
    let actor_kind: String
    let actor_name: String
    let action: String
    let from_state: String?
    let to_state: String
    let note: String

    init(_ event: WorkOrderEvent) throws {
        id = try event.requireID()
        at = event.at
        actor_kind = event.actorKind
        actor_name = event.actorName
        action = event.action
        from_state = event.fromState?.rawValue
        to_state = event.toState.rawValue
        note = event.note
    }
}

/// An action on an order, as the API receives it.
struct WorkOrderActionDTO: Content {
    var action: String
    var version: Int
    var reason: String?
    var missing_materials: [String]?
    var assignee_id: Int?
    var target_unit_id: Int?
}

/// The intake body of `POST /api/v1/work-orders` (snake_case, like every API body).
struct WorkOrderIntakeDTO: Content {
    var service: String
    var channel: String
    var requester_name: String
    var requester_phone: String
    var resident_id: String?
    var matter: String
    var region_id: Int?
    var service_point_id: Int?
    var priority: String?
    var green_channel: String?
    var green_channel_note: String?
    var follows: String?
    var parent: String?
    var accept_now: Bool?

    var input: IntakeInput {
        IntakeInput(service: service, channel: channel, requesterName: requester_name, requesterPhone: requester_phone,
                    residentID: resident_id, matter: matter, regionID: region_id, servicePointID: service_point_id,
                    priority: priority, greenChannel: green_channel, greenChannelNote: green_channel_note,
                    follows: follows, parent: parent, acceptNow: accept_now)
    }
}

struct HandlingUnitDTO: Content {
    let id: Int
    let name: String
    let region_id: Int
    let assignment_strategy: String
    let head_id: Int?

    init(_ unit: HandlingUnit) throws {
        id = try unit.requireID()
        name = unit.name
        region_id = unit.$region.id
        assignment_strategy = unit.assignmentStrategy.rawValue
        head_id = unit.$head.id
    }
}
