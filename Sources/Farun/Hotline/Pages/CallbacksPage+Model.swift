import FarunCore
import Foundation

/// 回拨与回访 — the viewer's open call-back tasks (or the done ones), each with a done form.
enum CallbacksPage {
    struct Row: Sendable {
        let id: Int
        let kind: CallbackKind
        let dueAt: Date
        let overdue: Bool
        let doneAt: Date?
        let outcome: String
        /// A missed call: when it rang, the masked number and the switchboard's id for dialling back.
        let call: (id: Int, ringAt: Date, caller: String, externalID: String)?
        let workOrder: (id: Int, number: String)?
        let version: Int
        /// The caller's full number, when the viewer just asked to see it (recorded).
        var fullPhone: String? = nil
    }

    struct Model: Sendable {
        var showDone: Bool
        var rows: [Row]
        var page: PageInfo
        /// A refusal for the whole page (the task changed meanwhile).
        var message: String?
        /// The row whose form was refused, with what was typed and the problems.
        var failedRowID: Int?
        var typedOutcome: String = ""
        var problems: [FieldProblem] = []
        /// Just marked one done.
        var saved = false

        static var mock: Model {
            let due = Date(timeIntervalSince1970: 1_790_000_000)
            return Model(
                showDone: false,
                rows: [
                    .init(id: 1, kind: .missedCall, dueAt: due, overdue: true, doneAt: nil, outcome: "",
                          call: (3, due.addingTimeInterval(-86_400), "139****4321", "SW-20260920-0042"), workOrder: nil, version: 1),
                    .init(id: 2, kind: .dissatisfied, dueAt: due.addingTimeInterval(2 * 86_400), overdue: false, doneAt: nil, outcome: "",
                          call: nil, workOrder: (7, "141025100000-20260918-0003"), version: 1),
                ],
                page: PageInfo(request: PageRequest(page: 1, per: 30), total: 2), message: nil, failedRowID: 2,
                problems: [.init(field: "outcome", message: .callbackOutcomeRequired)])
        }
    }
}
