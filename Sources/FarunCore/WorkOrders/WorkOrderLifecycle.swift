import Foundation

/// The explicit state machine of a work order (工单流转). Pure: the app stores the result and the event.
public enum WorkOrderLifecycle {
    /// Where an order is: its state, and for a paused order the state to resume.
    public struct Status: Sendable, Hashable, Codable {
        public let state: WorkOrderState
        /// Set while `state == .supplementRequested`: where `supplementReceived` returns to.
        public let resumeState: WorkOrderState?

        public init(_ state: WorkOrderState, resumeState: WorkOrderState? = nil) {
            self.state = state
            self.resumeState = resumeState
        }
    }

    /// What an action needs besides the actor.
    public struct Input: Sendable, Hashable {
        public var reason: String
        public var missingMaterials: [String]
        public var hasAssignee: Bool
        public var hasTarget: Bool

        public init(reason: String = "", missingMaterials: [String] = [], hasAssignee: Bool = false, hasTarget: Bool = false) {
            self.reason = reason
            self.missingMaterials = missingMaterials
            self.hasAssignee = hasAssignee
            self.hasTarget = hasTarget
        }
    }

    public enum Problem: Error, Sendable, Hashable {
        /// This action is not possible from this state (e.g. resolving a submitted order).
        case notAllowed(from: WorkOrderState, action: WorkOrderAction)
        /// The action is possible, but not for this actor.
        case notYourStep(actor: WorkOrderActor, action: WorkOrderAction)
        case reasonRequired
        case missingMaterialsRequired
        case assigneeRequired
        case targetRequired
    }

    public struct Transition: Sendable, Hashable {
        public let from: Status
        public let to: Status
        public let action: WorkOrderAction
        /// The statutory clock stops (补正) or starts again.
        public var pausesClock: Bool { from.state.clockRuns && !to.state.clockRuns && to.state == .supplementRequested }
        public var resumesClock: Bool { from.state == .supplementRequested && to.state.clockRuns }
    }

    /// The states an action leads to from each state; absent = illegal.
    static let table: [WorkOrderState: [WorkOrderAction: WorkOrderState]] = [
        .submitted: [.accept: .accepted, .refuse: .refused, .requestSupplement: .supplementRequested, .transfer: .transferred, .withdraw: .withdrawn],
        .accepted: [.assign: .assigned, .transfer: .transferred, .returnToFrontDesk: .returned, .requestSupplement: .supplementRequested, .withdraw: .withdrawn],
        .assigned: [.assign: .assigned, .start: .inProgress, .transfer: .transferred, .returnToFrontDesk: .returned, .requestSupplement: .supplementRequested, .withdraw: .withdrawn],
        .inProgress: [.assign: .assigned, .resolve: .resolved, .transfer: .transferred, .requestSupplement: .supplementRequested, .withdraw: .withdrawn],
        .supplementRequested: [.supplementReceived: .submitted, .withdraw: .withdrawn],
        .transferred: [.accept: .accepted, .returnToFrontDesk: .returned, .withdraw: .withdrawn],
        .returned: [.accept: .accepted, .refuse: .refused, .transfer: .transferred, .withdraw: .withdrawn],
        .resolved: [.close: .closed],
    ]

    /// Who may take each action.
    static let actors: [WorkOrderAction: Set<WorkOrderActor>] = [
        .accept: [.frontDesk, .handlingUnit],
        .refuse: [.frontDesk, .handlingUnit],
        .assign: [.handlingUnit],
        .start: [.assignee],
        .requestSupplement: [.frontDesk, .handlingUnit, .assignee],
        .supplementReceived: [.frontDesk, .handlingUnit, .assignee],
        .transfer: [.frontDesk, .handlingUnit],
        .returnToFrontDesk: [.handlingUnit, .assignee],
        .withdraw: [.citizen, .system],
        .resolve: [.assignee],
        .close: [.citizen, .system],
    ]

    /// The actions an actor may take now, for showing only the buttons that work.
    public static func availableActions(for status: Status, actor: WorkOrderActor) -> [WorkOrderAction] {
        WorkOrderAction.allCases.filter { action in
            table[status.state]?[action] != nil && actors[action, default: []].contains(actor)
        }
    }

    /// Applies an action or says exactly why not.
    public static func apply(_ action: WorkOrderAction, to status: Status, by actor: WorkOrderActor, input: Input = Input()) -> Result<Transition, Problem> {
        guard var target = table[status.state]?[action] else { return .failure(.notAllowed(from: status.state, action: action)) }
        guard actors[action, default: []].contains(actor) else { return .failure(.notYourStep(actor: actor, action: action)) }
        let reason = input.reason.trimmingCharacters(in: .whitespacesAndNewlines)
        switch action {
        case .refuse, .transfer, .returnToFrontDesk:
            if reason.isEmpty { return .failure(.reasonRequired) }
            if action == .transfer && !input.hasTarget { return .failure(.targetRequired) }
        case .requestSupplement:
            if input.missingMaterials.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { return .failure(.missingMaterialsRequired) }
        case .assign:
            if !input.hasAssignee { return .failure(.assigneeRequired) }
        default:
            break
        }
        var resume: WorkOrderState?
        if action == .requestSupplement {
            resume = status.state
        } else if action == .supplementReceived {
            target = status.resumeState ?? .submitted
        }
        return .success(Transition(from: status, to: Status(target, resumeState: resume), action: action))
    }
}
