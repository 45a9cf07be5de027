import FarunCore
import Plot

/// 新增 / 编辑服务点 — one form for both; capacity and notice are what staff change most.
enum ServicePointFormPage {
    struct Model: Sendable {
        var id: Int?
        var input: ServicePointQueries.Input
        var regions: [Forms.Option]
        var problems: [FieldProblem]
        var canManage: Bool
        var closed: Bool
        var done: String?

        static let mock = Model(
            id: 7, input: .init(name: "古县公共法律服务中心", kind: "center", regionID: 1, address: "古县岳阳镇府前街1号",
                                openingHours: "周一至周五 8:30-17:30", capacity: "50", phone: "0357-5221234", notice: "春节期间暂停接待"),
            regions: [.init(value: "1", label: "古县")], problems: [], canManage: true, closed: false, done: nil)
    }
}
