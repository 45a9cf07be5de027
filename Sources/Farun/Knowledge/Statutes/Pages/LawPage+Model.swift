import FarunCore

/// One law version: its metadata and standing, a table of contents, and every article with an anchor.
enum LawPage {
    struct Article: Sendable {
        let id: Int
        let label: String
        let text: String
    }

    struct Part: Sendable {
        let chapter: String?
        let section: String?
        let articles: [Article]
    }

    struct Model: Sendable {
        var law: LawSummary
        var parts: [Part]
        var otherVersions: [LawVersionLink]

        static let mock = Model(
            law: LawSummary(id: 2, name: "中华人民共和国商标法", department: "民法商法", versionDate: "2026-06-26", effectiveDate: "2027-01-01",
                            status: .current, standing: .notYetInForce(from: LocalDate("2027-01-01")!), articleCount: 2),
            parts: [Part(chapter: "第一章 总则", section: nil, articles: [
                Article(id: 11, label: "第一条", text: "为了加强商标管理，保护商标专用权，制定本法。"),
                Article(id: 12, label: "第二条", text: "国务院知识产权行政部门主管全国商标注册和管理的工作。\n前款规定的部门依法履行职责。"),
            ])],
            otherVersions: [LawVersionLink(lawID: 1, versionDate: "2019-04-23", standing: .inForce)])
    }

    static func anchor(_ articleID: Int) -> String { "article-\(articleID)" }
}
