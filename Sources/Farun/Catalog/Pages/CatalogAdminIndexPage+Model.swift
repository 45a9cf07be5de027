import FarunCore
import Plot

/// 服务清单管理 — administrators' list of every service, active and retired, searchable by code or name.
enum CatalogAdminIndexPage {
    struct Row: Sendable {
        let id: Int
        let service: ServiceType
        let retired: Bool
    }

    struct Model: Sendable {
        var rows: [Row]
        var page: PageInfo
        var query: String
        var status: CatalogQueries.Status?
        /// Only administrators at the root may change the catalog; others see it read-only.
        var canManage: Bool
        var done: String?

        static let mock = Model(
            rows: [.init(id: 2, service: .mockLegalAid, retired: false), .init(id: 4, service: .mockNotarization, retired: true)],
            page: PageInfo(request: PageRequest(page: 1, per: 30), total: 2), query: "", status: nil, canManage: true, done: nil)
    }
}
