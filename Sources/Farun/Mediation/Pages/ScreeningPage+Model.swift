import FarunCore
import Foundation

/// 矛盾纠纷排查: a point's monthly report form, and the month's overview for the caller's scope with the points
/// that have not reported.
enum ScreeningPage {
    struct Row: Sendable {
        let point: String
        let found: Int
        let resolved: Int
        let escalated: Int
        let notes: String
    }

    struct Model: Sendable {
        var period: String
        var points: [Forms.Option]
        var pointID = ""
        var found = ""
        var resolved = ""
        var escalated = ""
        var notes = ""
        var reported: [Row]
        var missing: [String]
        var total: ScreeningFigures
        var problems: [FieldProblem] = []
        var done: String?

        static let mock = Model(
            period: "2026-08", points: [.init(value: "7", label: "偏涧村人民调解室"), .init(value: "8", label: "偏涧村法律服务室")],
            reported: [Row(point: "偏涧村人民调解室", found: 6, resolved: 4, escalated: 1, notes: "土地边界纠纷2起")],
            missing: ["偏涧村法律服务室"], total: .init(found: 6, resolved: 4, escalated: 1))
    }
}
