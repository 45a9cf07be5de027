import Plot

/// 停止受理 / 恢复受理 — the confirmation step before a service is retired or restored. A page of its own, so
/// the question is asked even without JavaScript.
enum CatalogRetirePage {
    struct Model: Sendable {
        var id: Int
        var code: String
        var name: String
        /// Whether it is retired now (the page then offers to restore it).
        var retired: Bool
        var version: Int

        static let mock = Model(id: 4, code: "NOTARIZATION", name: "公证", retired: false, version: 2)
    }
}
