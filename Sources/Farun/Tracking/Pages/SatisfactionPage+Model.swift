import FarunCore
import Plot

/// 满意度统计 — ratings in the viewer's regions by unit and by service, with the 不满意 call-backs.
enum SatisfactionPage {
    struct Row: Sendable, Equatable {
        var label: String
        var tally: SatisfactionRate
        var openCallbacks: Int
        var doneCallbacks: Int
    }

    struct Model: Sendable {
        var from: String
        var to: String
        var byUnit: [Row]
        var byService: [Row]
        var total: Row
        var problems: [FieldProblem]

        static let mock = Model(
            from: "2026-09-01", to: "2026-09-30",
            byUnit: [.init(label: "古县法律援助中心", tally: .init(satisfied: 8, basicallySatisfied: 1, dissatisfied: 1), openCallbacks: 1, doneCallbacks: 0),
                     .init(label: "岳阳镇公证服务点", tally: .init(satisfied: 2), openCallbacks: 0, doneCallbacks: 0)],
            byService: [.init(label: "法律援助", tally: .init(satisfied: 8, basicallySatisfied: 1, dissatisfied: 1), openCallbacks: 1, doneCallbacks: 0),
                        .init(label: "公证", tally: .init(satisfied: 2), openCallbacks: 0, doneCallbacks: 0)],
            total: .init(label: "", tally: .init(satisfied: 10, basicallySatisfied: 1, dissatisfied: 1), openCallbacks: 1, doneCallbacks: 0),
            problems: [])
    }
}
