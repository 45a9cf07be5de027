/// 撤销承办单位 — the confirmation step before a unit is retired. A page of its own, so the question is asked
/// even without JavaScript; while the unit still holds open orders it says so instead of offering the button.
enum UnitRetirePage {
    struct Model: Sendable {
        var id: Int
        var name: String
        var retired: Bool
        /// Orders not yet 办结 (or refused, withdrawn, closed) that must be transferred first.
        var openOrders: Int
        /// Routing rules that go with the unit.
        var rules: Int

        static let mock = Model(id: 2, name: "岳阳镇公证服务点", retired: false, openOrders: 0, rules: 2)
    }
}
