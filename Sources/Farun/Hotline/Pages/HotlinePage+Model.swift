import FarunCore
import Foundation

/// 12348 来电 — the operators' list of one day's calls in their scope.
enum HotlinePage {
    enum CallbackState: Sendable, Equatable {
        case open(overdue: Bool)
        case done
    }

    struct Row: Sendable {
        let id: Int
        let ringAt: Date
        let caller: String
        let secondsToAnswer: Double?
        let talkSeconds: Double?
        let operatorName: String?
        let answered: Bool
        let callback: CallbackState?
        let workOrder: (id: Int, number: String)?
        let recordingRef: String
    }

    struct Model: Sendable {
        var day: LocalDate
        var rows: [Row]
        var page: PageInfo
        /// The viewer may register work orders (front desk permission) — then answered calls offer it.
        var canCreateOrders: Bool

        static var mock: Model {
            let ring = Date(timeIntervalSince1970: 1_790_000_000)
            return Model(
                day: LocalDate(year: 2026, month: 9, day: 21)!,
                rows: [
                    .init(id: 3, ringAt: ring.addingTimeInterval(600), caller: "139****4321", secondsToAnswer: nil, talkSeconds: nil,
                          operatorName: nil, answered: false, callback: .open(overdue: true), workOrder: nil, recordingRef: ""),
                    .init(id: 2, ringAt: ring.addingTimeInterval(300), caller: "0357-*****34", secondsToAnswer: 16, talkSeconds: 45,
                          operatorName: "李接线", answered: true, callback: nil, workOrder: (7, "141025100000-20260921-0001"), recordingRef: "rec/2026/09/21/0002.wav"),
                    .init(id: 1, ringAt: ring, caller: "138****8000", secondsToAnswer: 8, talkSeconds: 185,
                          operatorName: "李接线", answered: true, callback: nil, workOrder: nil, recordingRef: "rec/2026/09/21/0001.wav"),
                ],
                page: PageInfo(request: PageRequest(page: 1, per: 50), total: 3), canCreateOrders: true)
        }
    }
}
