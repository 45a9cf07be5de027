import Fluent
import FarunCore
import Foundation

/// A row of the service catalog (服务清单). `serviceType` is the domain value; materials and limits are
/// stored as JSON documents because they are always read and written whole.
final class CatalogEntry: Model, @unchecked Sendable {
    static let schema = "service_types"

    @ID(custom: "id", generatedBy: .database) var id: Int?

    // Identity
    @Field(key: "code") var code: String
    @Field(key: "name_zh") var nameZh: String
    @Field(key: "name_en") var nameEn: String
    @Field(key: "handler") var handler: String

    // One-time notification and time limits (JSON)
    @Field(key: "materials") var materialsJSON: String
    @OptionalField(key: "acceptance_limit") var acceptanceLimitJSON: String?
    @OptionalField(key: "handling_limit") var handlingLimitJSON: String?
    @Field(key: "other_limits") var otherLimitsJSON: String

    // Access
    /// Channel raw values, comma-separated.
    @Field(key: "channels") var channelsText: String
    @Field(key: "is_free") var isFree: Bool
    @Field(key: "sort_order") var sortOrder: Int

    // Lifecycle
    @OptionalField(key: "retired_at") var retiredAt: Date?
    @Field(key: "version") var version: Int
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(_ service: ServiceType, sortOrder: Int) {
        self.code = service.code
        self.sortOrder = sortOrder
        self.version = 1
        self.apply(service)
    }

    /// Copies the domain value into the row (the code never changes once created).
    func apply(_ service: ServiceType) {
        nameZh = service.nameZh
        nameEn = service.nameEn
        handler = service.handler
        materialsJSON = CatalogJSON.encode(service.materials)
        acceptanceLimitJSON = service.acceptanceLimit.map(CatalogJSON.encode)
        handlingLimitJSON = service.handlingLimit.map(CatalogJSON.encode)
        otherLimitsJSON = CatalogJSON.encode(service.otherLimits)
        channelsText = WorkOrderChannel.allCases.filter(service.channels.contains).map(\.rawValue).joined(separator: ",")
        isFree = service.isFree
    }

    var serviceType: ServiceType {
        ServiceType(
            code: code, nameZh: nameZh, nameEn: nameEn, handler: handler,
            materials: CatalogJSON.decode(materialsJSON) ?? [],
            acceptanceLimit: acceptanceLimitJSON.flatMap(CatalogJSON.decode),
            handlingLimit: handlingLimitJSON.flatMap(CatalogJSON.decode),
            otherLimits: CatalogJSON.decode(otherLimitsJSON) ?? [],
            channels: Set(channelsText.split(separator: ",").compactMap { WorkOrderChannel(rawValue: String($0)) }),
            isFree: isFree)
    }

    var isRetired: Bool { retiredAt != nil }

    func name(_ language: Language) -> String { language == .en ? nameEn : nameZh }
}

/// JSON for the catalog's document columns: sorted keys, so equal values store equal text.
enum CatalogJSON {
    static func encode<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? String(decoding: encoder.encode(value), as: UTF8.self)) ?? "null"
    }

    static func decode<T: Decodable>(_ text: String) -> T? {
        try? JSONDecoder().decode(T.self, from: Data(text.utf8))
    }
}

/// The bundled seed (`Resources/catalog/services.json`, see data/ATTRIBUTION.md).
enum ServiceCatalogSeed {
    static func load() throws -> [ServiceType] {
        guard let url = Bundle.module.url(forResource: "services", withExtension: "json", subdirectory: "catalog")
            ?? Bundle.module.url(forResource: "services", withExtension: "json")
        else { throw AppError.notFound(.catalogTitle) }
        return try JSONDecoder().decode([ServiceType].self, from: Data(contentsOf: url))
    }
}
