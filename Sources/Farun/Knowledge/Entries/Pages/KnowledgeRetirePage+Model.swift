/// 下架 — the confirmation step before a published case or FAQ leaves the public pages and the search. A page of
/// its own, so the question is asked even without JavaScript.
enum KnowledgeRetirePage {
    struct Model: Sendable {
        var id: Int
        var title: String
        var version: Int

        static let mock = Model(id: 3, title: "入职八个月未签劳动合同，获赔二倍工资差额", version: 4)
    }
}
