import Fluent
import FarunCore
import Vapor

/// Reading the service catalog: the public (active) view and the administrators' search.
enum CatalogQueries {
    /// Active services in catalog order; with a channel, only those that channel may start.
    static func active(channel: WorkOrderChannel? = nil, on db: any Database) async throws -> [CatalogEntry] {
        let rows = try await CatalogEntry.query(on: db).filter(\.$retiredAt == nil).sort(\.$sortOrder).sort(\.$id).all()
        // Channels are a comma-separated column ("web" is inside "mobile_web"), so filter on the decoded value.
        guard let channel else { return rows }
        return rows.filter { $0.serviceType.channels.contains(channel) }
    }

    /// An active service; a retired or unknown one is not found.
    static func findActive(_ id: Int, on db: any Database) async throws -> CatalogEntry {
        let entry = try await find(id, on: db)
        guard !entry.isRetired else { throw AppError.notFound(.catalogEntity) }
        return entry
    }

    static func find(_ id: Int, on db: any Database) async throws -> CatalogEntry {
        guard let entry = try await CatalogEntry.find(id, on: db) else { throw AppError.notFound(.catalogEntity) }
        return entry
    }

    enum Status: String, Sendable, CaseIterable {
        case active, retired
    }

    struct Filter: Sendable {
        /// Part of the code or of either name.
        var text: String?
        /// nil: active and retired.
        var status: Status?
    }

    /// The catalog is small (tens of rows), so it is filtered in memory: the same case-insensitive match on
    /// SQLite and PostgreSQL, and "_" in codes is not a LIKE wildcard.
    static func search(_ filter: Filter, page: PageRequest, on db: any Database) async throws -> ([CatalogEntry], PageInfo) {
        var rows = try await CatalogEntry.query(on: db).sort(\.$sortOrder).sort(\.$id).all()
        if let text = filter.text?.trimmingCharacters(in: .whitespaces), !text.isEmpty {
            rows = rows.filter { row in [row.code, row.nameZh, row.nameEn].contains { $0.localizedCaseInsensitiveContains(text) } }
        }
        switch filter.status {
        case .active: rows = rows.filter { !$0.isRetired }
        case .retired: rows = rows.filter(\.isRetired)
        case nil: break
        }
        let info = PageInfo(request: page, total: rows.count)
        return (Array(rows.dropFirst(page.offset).prefix(page.per)), info)
    }
}
