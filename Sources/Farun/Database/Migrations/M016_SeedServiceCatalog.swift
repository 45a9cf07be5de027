import Fluent
import Foundation

/// Seeds the catalog once from `Resources/catalog/services.json`; administrators edit it afterwards.
struct M016_SeedServiceCatalog: AsyncMigration {
    var name: String { "M016_SeedServiceCatalog" }

    func prepare(on database: any Database) async throws {
        for (index, service) in try ServiceCatalogSeed.load().enumerated() {
            try await CatalogEntry(service, sortOrder: (index + 1) * 10).create(on: database)
        }
    }

    func revert(on database: any Database) async throws {
        try await CatalogEntry.query(on: database).delete()
    }
}
