import FarunCore
import Plot

/// 区划管理 — the jurisdiction tree as a searchable, paginated list.
enum RegionIndexPage {
    struct Row: Sendable {
        let id: Int
        let name: String
        let label: String
        let code: String?
        let codeSource: CodeSource
        let level: RegionLevel
        let retired: Bool
    }

    struct Model: Sendable {
        var rows: [Row]
        var page: PageInfo
        var query: String
        var level: RegionLevel?
        var parentID: Int?
        var includeRetired: Bool
        var canManage: Bool
        var done: String?

        static let mock = Model(
            rows: [
                .init(id: 1, name: "古县", label: "古县", code: "141025000000", codeSource: .official, level: .county, retired: false),
                .init(id: 2, name: "岳阳镇", label: "古县 / 岳阳镇", code: "141025100000", codeSource: .official, level: .township, retired: false),
                .init(id: 3, name: "偏涧村", label: "古县 / 岳阳镇 / 偏涧村", code: "141025100400", codeSource: .local, level: .village, retired: true),
            ],
            page: PageInfo(request: PageRequest(page: 1, per: 50), total: 3), query: "", level: nil, parentID: nil,
            includeRetired: true, canManage: true, done: nil)
    }
}
