import FarunCore
import Foundation

/// An order's history as the citizen reads it: one plain sentence per step that concerns them. Staff names,
/// internal notes, transfer reasons and internal steps (notes, escalations, links) never appear; refusal
/// reasons, missing materials and the outcome do, because they are written for the citizen.
enum CitizenTimeline {
    struct Entry: Sendable, Equatable {
        let at: Date
        let text: String
    }

    static func entries(_ events: [WorkOrderEvent], l: L10n) -> [Entry] {
        events.compactMap { event in
            let detail: [String: String] = CatalogJSON.decode(event.detail) ?? [:]
            return sentence(action: event.action, note: event.note, detail: detail, actorKind: event.actorKind, l: l)
                .map { Entry(at: event.at, text: $0) }
        }
    }

    /// The sentence for one step, or nil when the step is internal.
    static func sentence(action: String, note: String, detail: [String: String], actorKind: String, l: L10n) -> String? {
        let note = note.trimmingCharacters(in: .whitespacesAndNewlines)
        switch action {
        case "submit":
            let channel = detail["channel"].flatMap(WorkOrderChannel.init(rawValue:)).map { l.name("channel", $0) } ?? ""
            return channel.isEmpty ? l(.trackEventSubmittedPlain) : l(.trackEventSubmitted, channel)
        case WorkOrderAction.accept.rawValue: return l(.trackEventAccepted)
        case WorkOrderAction.refuse.rawValue: return note.isEmpty ? l(.trackEventRefusedPlain) : l(.trackEventRefused, note)
        case WorkOrderAction.assign.rawValue, "claim": return l(.trackEventAssigned)
        case WorkOrderAction.start.rawValue: return l(.trackEventStarted)
        case WorkOrderAction.requestSupplement.rawValue:
            let items = (detail["missing"] ?? "").split(separator: "\n").map(String.init)
            return l(.trackEventSupplement, items.joined(separator: "；"))
        case WorkOrderAction.supplementReceived.rawValue: return l(.trackEventSupplementReceived)
        case WorkOrderAction.transfer.rawValue: return l(.trackEventTransferred)
        case WorkOrderAction.returnToFrontDesk.rawValue: return l(.trackEventReturned)
        case WorkOrderAction.withdraw.rawValue: return l(.trackEventWithdrawn)
        case WorkOrderAction.resolve.rawValue: return note.isEmpty ? l(.trackEventResolvedPlain) : l(.trackEventResolved, note)
        case WorkOrderAction.close.rawValue: return l(.trackEventClosed)
        case "rate":
            return detail["score"].flatMap(RatingScore.init(rawValue:)).map { l(.trackEventRated, l.name("rating", $0)) }
        case "attach":
            // Files the requester sent; documents staff attach are internal.
            return ["anonymous", "citizen", "requester"].contains(actorKind) ? l(.trackEventAttached) : nil
        default:
            return nil
        }
    }

    /// The state in plain words.
    static func stateText(_ state: WorkOrderState, l: L10n) -> String {
        switch state {
        case .submitted: l(.trackStateSubmitted)
        case .accepted: l(.trackStateAccepted)
        case .refused: l(.trackStateRefused)
        case .assigned: l(.trackStateAssigned)
        case .inProgress: l(.trackStateInProgress)
        case .supplementRequested: l(.trackStateSupplement)
        case .transferred: l(.trackStateTransferred)
        case .returned: l(.trackStateReturned)
        case .resolved: l(.trackStateResolved)
        case .closed: l(.trackStateClosed)
        case .withdrawn: l(.trackStateWithdrawn)
        }
    }
}
