import FarunCore

/// One article: its text, where it sits, the previous and next articles, the amendments that change it (刑法) and
/// the same article in other versions.
enum LawArticlePage {
    struct Neighbour: Sendable {
        let id: Int
        let label: String
    }

    struct Model: Sendable {
        var law: LawSummary
        var articleID: Int
        var label: String
        var chapter: String?
        var section: String?
        var text: String
        var previous: Neighbour?
        var next: Neighbour?
        var amendments: [AmendmentNote]
        var otherVersions: [LawVersionLink]

        static let mock = Model(
            law: LawSummary(id: 3, name: "中华人民共和国刑法", department: "刑法", versionDate: "2020-12-26", effectiveDate: "1997-10-01",
                            status: .amended, standing: .inForce, articleCount: 505),
            articleID: 140, label: "第一百三十三条之一", chapter: "第二编 分则 · 第二章 危害公共安全罪", section: nil,
            text: "在道路上驾驶机动车，有下列情形之一的，处拘役，并处罚金：\n（一）追逐竞驶，情节恶劣的；\n（二）醉酒驾驶机动车的；",
            previous: Neighbour(id: 139, label: "第一百三十三条"), next: Neighbour(id: 141, label: "第一百三十三条之二"),
            amendments: [AmendmentNote(lawID: 20, lawName: "中华人民共和国刑法修正案（九）", articleID: 901, label: "条目八",
                                       text: "将刑法第一百三十三条之一修改为：\"在道路上驾驶机动车，有下列情形之一的……\"",
                                       effectiveDate: "2015-11-01", includedInText: true)],
            otherVersions: [])
    }
}
