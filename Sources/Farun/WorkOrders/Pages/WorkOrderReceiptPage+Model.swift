import FarunCore
import Foundation

/// 受理回执 — the printable acceptance receipt handed to the citizen at the window: order number, what was
/// asked, the one-time list of materials (一次性告知), the due dates, and how to follow the order from home.
enum WorkOrderReceiptPage {
    struct Due: Sendable, Equatable {
        let date: String
        let provisional: Bool
    }

    struct Model: Sendable {
        var orderID: Int
        var bureauName: String
        var number: String
        var submittedAt: Date
        var serviceName: String
        var channel: WorkOrderChannel
        var state: WorkOrderState
        var requesterName: String
        /// Masked: a receipt can be lost.
        var phoneMasked: String
        var residentIDMasked: String
        var region: String
        var servicePoint: String?
        var matter: String
        var greenChannel: GreenChannelReason?
        var materials: [WorkOrderIntakePage.ServiceInfo.Material]
        var missingMaterials: [String]
        var acceptanceDue: Due?
        var handlingDue: Due?
        /// The statutory limit, e.g. "15 个工作日", shown while the handling period has not started.
        var handlingLimit: String?
        /// Where citizens track orders, e.g. "https://fw.guxian.gov.cn/track" (or the path when the host is unknown).
        var trackAddress: String
        var clerkName: String

        static let mock = Model(
            orderID: 42, bureauName: "古县司法局", number: "141025100000-20260921-0007", submittedAt: Date(timeIntervalSince1970: 1_790_000_000),
            serviceName: "法律援助", channel: .window, state: .assigned, requesterName: "张三", phoneMasked: "138****8000",
            residentIDMasked: "1101**********002X", region: "古县 / 岳阳镇", servicePoint: "岳阳镇公共法律服务工作站",
            matter: "老板拖欠工资三个月，请求法律援助。", greenChannel: .migrantWages,
            materials: WorkOrderIntakePage.Model.mockServices[0].materials, missingMaterials: [],
            acceptanceDue: .init(date: "2026-09-28", provisional: false), handlingDue: .init(date: "2027-01-05", provisional: true),
            handlingLimit: "15 个工作日",
            trackAddress: "https://fw.guxian.gov.cn/track", clerkName: "李窗口")
    }
}
