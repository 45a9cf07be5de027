import FarunCore
import Plot

/// 在线申请 — the services a citizen may start online, each with its materials (一次性告知).
enum ApplyIndexPage {
    struct Service: Sendable {
        let id: Int
        let name: String
        let handler: String
        let isFree: Bool
        let materials: [ServiceType.Material]
    }

    struct Model: Sendable {
        var services: [Service]

        static let mock = Model(services: [
            .init(id: 2, name: "法律援助", handler: "法律援助中心", isFree: true, materials: [
                .init(item: "法律援助申请表", basis: "法律援助法第四十条"),
                .init(item: "经济困难状况说明表或个人诚信承诺", basis: "法律援助法第四十一条"),
                .init(item: "免予核查经济困难状况的证明", basis: "法律援助法第四十二条", isRequired: false),
            ]),
            .init(id: 1, name: "法律咨询", handler: "公共法律服务中心", isFree: true, materials: []),
        ])
    }

    static func service(_ entry: CatalogEntry, _ language: Language) -> Service? {
        entry.id.map { Service(id: $0, name: entry.name(language), handler: entry.handler, isFree: entry.isFree, materials: entry.serviceType.materials) }
    }
}
