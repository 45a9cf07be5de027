import FarunCore
import Foundation
import Plot

/// 办理进度 — one order as its requester sees it: state, plain-language timeline, messages, deadline and
/// what they may do now (withdraw, rate).
enum TrackOrderPage {
    struct Due: Sendable, Equatable {
        let date: String
        let provisional: Bool
    }

    enum Done: String, Sendable {
        case withdrawn, rated
    }

    struct Model: Sendable {
        var number: String
        var serviceName: String
        var state: WorkOrderState
        var missingMaterials: [String]
        /// The refusal reason or the resolution outcome, written for the citizen.
        var outcome: String
        var due: Due?
        var timeline: [CitizenTimeline.Entry]
        /// Newest first.
        var notices: [CitizenTimeline.Entry]
        var canWithdraw: Bool
        var canRate: Bool
        var version: Int
        var rating: RatingScore?
        var done: Done?
        /// The rating form as sent, when it needs correcting.
        var score: String = ""
        var comment: String = ""
        var problems: [FieldProblem] = []
        /// Legal aid only: the complaint route (法律援助法 第五十五条).
        var complaint: Complaint?

        static let mock = Model(
            number: "141025100000-20260921-0001", serviceName: "法律援助", state: .inProgress, missingMaterials: [], outcome: "",
            due: .init(date: "2026-10-12", provisional: false),
            timeline: [.init(at: TrackingMock.date, text: "申请已提交（受理渠道：手机网页）。"),
                       .init(at: TrackingMock.date.addingTimeInterval(3600), text: "已受理，交由承办单位办理。"),
                       .init(at: TrackingMock.date.addingTimeInterval(7200), text: "工作人员已开始办理。")],
            notices: [.init(at: TrackingMock.date.addingTimeInterval(3600), text: "您的工单 141025100000-20260921-0001 已受理。"),
                      .init(at: TrackingMock.date, text: "您的工单 141025100000-20260921-0001 已提交，我们将在期限内处理。")],
            canWithdraw: true, canRate: false, version: 4, rating: nil, done: nil)

        static var mockSupplement: Model {
            var m = mock
            m.state = .supplementRequested
            m.missingMaterials = ["劳动合同复印件", "工资欠条"]
            m.due = .init(date: "2027-01-08", provisional: true)
            return m
        }

        static var mockResolved: Model {
            var m = mock
            m.state = .resolved
            m.outcome = "已指派律师代理，欠薪已追回。"
            m.due = nil
            m.canWithdraw = false
            m.canRate = true
            return m
        }

        static var mockRefused: Model {
            var m = mock
            m.state = .refused
            m.outcome = "不属于法律援助范围，建议申请劳动仲裁。"
            m.due = nil
            m.canWithdraw = false
            return m
        }

        static var mockClosed: Model {
            var m = mockResolved
            m.state = .closed
            m.canRate = false
            m.rating = .basicallySatisfied
            m.done = .rated
            return m
        }
    }
}

enum TrackingMock {
    /// A fixed instant for mock models (2026-09-21 in Beijing).
    static let date = Date(timeIntervalSince1970: 1_790_000_000)
}
