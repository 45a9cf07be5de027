import FarunCore
import Foundation

/// 超时未答 — for duty supervisors: the questions in their regions still without a first answer past the limit,
/// oldest first, with how long each has waited.
enum OverduePage {
    struct Item: Sendable {
        let id: String
        /// The masked question.
        let question: String
        let field: QuestionField
        let region: String
        let askedAt: Date
        let waitingMinutes: Int
    }

    struct Model: Sendable {
        var items: [Item]
        /// Whether the viewer is on supervisor duty now (for which region, by name), or nil.
        var onDutyFor: [String]
        var limitMinutes: Int

        static let mock = Model(
            items: [Item(id: "8F2B6C1E-4D0A-4E57-9C1B-2A7D3E5F6A10", question: "公司拖欠工资三个月，我的电话139****5678，怎么办？",
                         field: .known(.labour), region: "岳阳镇", askedAt: ConsultationPage.Model.mockDate, waitingMinutes: 25)],
            onDutyFor: ["古县"], limitMinutes: 10)
    }
}
