import FarunCore

/// 新增 / 编辑承办单位 — name, region, how orders are handed out, the head; on an existing unit also its members
/// with their capacity and open load.
enum UnitFormPage {
    struct MemberInput: Sendable, Equatable {
        var staffID = ""
        var capacity = "10"
    }

    /// A member's capacity as typed into their row, refused.
    struct MemberEdit: Sendable, Equatable {
        var id: Int
        var capacity: String
        var problems: [FieldProblem]
    }

    struct Model: Sendable {
        var id: Int?
        var input: UnitQueries.Input
        var regions: [Forms.Option]
        var heads: [Forms.Option]
        var problems: [FieldProblem]
        var members: [UnitQueries.MemberRow]
        /// People who may be added (in scope, not yet members).
        var candidates: [Forms.Option]
        var memberInput: MemberInput
        var memberProblems: [FieldProblem]
        var done: String?
        /// The member row whose capacity was refused, with what was typed.
        var memberEdit: MemberEdit? = nil
        /// A retired unit takes no orders; the page says so instead of offering to retire it.
        var retired = false

        static let mock = Model(
            id: 1, input: .init(name: "古县法律援助中心", regionID: "1", strategy: "round_robin", headID: "9", phone: "0357-5221234"),
            regions: [.init(value: "1", label: "古县"), .init(value: "2", label: "古县 / 岳阳镇")],
            heads: [.init(value: "9", label: "赵主任"), .init(value: "3", label: "王援助")], problems: [],
            members: [.init(id: 1, staffID: 3, name: "王援助", capacity: 5, openLoad: 2), .init(id: 2, staffID: 4, name: "刘援助", capacity: 5, openLoad: 0)],
            candidates: [.init(value: "9", label: "赵主任")], memberInput: .init(), memberProblems: [], done: nil)
    }
}
