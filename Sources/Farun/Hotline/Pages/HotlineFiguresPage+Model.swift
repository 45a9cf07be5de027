import FarunCore
import Foundation

/// 热线运行指标 — the hotline figures of a period in the viewer's scope.
enum HotlineFiguresPage {
    struct Model: Sendable {
        var from: String
        var to: String
        var problems: [FieldProblem]
        /// Nil when the period was refused.
        var figures: HotlineFigures?
        /// Operator key (staff id) → name shown.
        var operatorNames: [String: String]

        static var mock: Model {
            let ring = Date(timeIntervalSince1970: 1_790_000_000)
            func call(_ minute: Double, answerAfter: Double?, talk: Double, _ op: String?, calledBack: Bool = false) -> HotlineCallFact {
                let start = ring.addingTimeInterval(minute * 60)
                let answer = answerAfter.map { start.addingTimeInterval($0) }
                return HotlineCallFact(ringAt: start, answeredAt: answer, endedAt: (answer ?? start).addingTimeInterval(talk),
                                       operatorKey: op, calledBack: calledBack)
            }
            let calls = [call(0, answerAfter: 5, talk: 120, "1"), call(10, answerAfter: 15, talk: 300, "1"), call(20, answerAfter: 16, talk: 60, "2"),
                         call(30, answerAfter: 9, talk: 240, "1"), call(40, answerAfter: nil, talk: 20, nil, calledBack: true),
                         call(50, answerAfter: nil, talk: 10, nil)]
            return Model(from: "2026-09-01", to: "2026-09-21", problems: [], figures: HotlineFigures(calls),
                         operatorNames: ["1": "李接线", "2": "王接线"])
        }
    }
}
