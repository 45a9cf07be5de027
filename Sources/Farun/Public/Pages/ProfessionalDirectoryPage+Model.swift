import FarunCore
import Plot

/// 找律师 — public directory of legal professionals, by region and specialty, searchable by name.
enum ProfessionalDirectoryPage {
    struct Model: Sendable {
        var cards: [ProfessionalQueries.Card]
        var page: PageInfo
        var filter: ProfessionalQueries.Filter
        var regions: [Forms.Option]

        static let mock = Model(
            cards: [.init(id: 1, name: "王晓东", profession: .lawyer, organisation: "山西岳阳律师事务所（演示）", licenceNumber: "11410201510123456",
                          specialties: [.labour, .contract], languages: [.zh, .jin], regions: ["古县"], bio: "长期为农民工讨薪提供法律援助。")],
            page: PageInfo(request: PageRequest(page: 1, per: 20), total: 1), filter: .init(), regions: [.init(value: "1", label: "古县")])
    }
}
