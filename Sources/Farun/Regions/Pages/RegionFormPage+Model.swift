import FarunCore
import Plot

/// 新增区划 — add a town, village, community or group under a parent.
enum RegionFormPage {
    struct Values: Sendable {
        var parentID: Int?
        var level: String = ""
        var name: String = ""
        var code: String = ""
    }

    struct Model: Sendable {
        var parents: [Forms.Option]
        var values: Values
        var problems: [FieldProblem]

        static let mock = Model(parents: [.init(value: "1", label: "古县"), .init(value: "2", label: "古县 / 岳阳镇")],
                                values: Values(parentID: 2, level: "village", name: "", code: ""), problems: [])
    }
}
