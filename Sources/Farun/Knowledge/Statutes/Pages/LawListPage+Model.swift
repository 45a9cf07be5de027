import FarunCore

/// 法律法规 — the national laws, in force first, searchable by name and filtered by department.
enum LawListPage {
    struct Model: Sendable {
        var laws: [LawSummary]
        var page: PageInfo
        var text: String?
        var department: String?
        var departments: [String]

        static let mock = Model(
            laws: [
                LawSummary(id: 1, name: "中华人民共和国劳动合同法", department: "社会法", versionDate: "2012-12-28", effectiveDate: "2008-01-01",
                           status: .current, standing: .inForce, articleCount: 98),
                LawSummary(id: 2, name: "中华人民共和国商标法", department: "民法商法", versionDate: "2026-06-26", effectiveDate: "2027-01-01",
                           status: .current, standing: .notYetInForce(from: LocalDate("2027-01-01")!), articleCount: 87),
            ],
            page: PageInfo(request: PageRequest(page: 1, per: 30), total: 2), text: nil, department: nil, departments: ["社会法", "民法商法"])
    }
}
