import FarunCore
import Plot

/// 自助终端首页 — the services a citizen can start at this kiosk, as large touch buttons.
enum KioskHomePage {
    struct Service: Sendable {
        let id: Int
        let name: String
    }

    struct Model: Sendable {
        var pointID: Int
        var pointName: String
        var services: [Service]

        static let mock = Model(pointID: 3, pointName: "岳阳镇公共法律服务工作站", services: [
            .init(id: 1, name: "法律咨询"), .init(id: 2, name: "法律援助"), .init(id: 3, name: "人民调解"),
        ])
    }
}
