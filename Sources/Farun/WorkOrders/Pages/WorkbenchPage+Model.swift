import FarunCore
import Foundation

/// 工单工作台 — the back office's list: my orders, my units' queues, orders near or past their deadline, or
/// everything the viewer may see; dense, filterable, paginated, with "claim next" for each of the viewer's units.
enum WorkbenchPage {
    struct Row: Sendable {
        let id: Int
        let number: String
        let service: String
        let requesterName: String
        let phoneMasked: String
        let state: WorkOrderState
        let unit: String?
        let assignee: String?
        let due: String?
        let provisional: Bool
        let flag: DeadlineFlag
        let greenChannel: GreenChannelReason?
        let priority: WorkOrderPriority
    }

    /// A unit the viewer works in, with its number of unclaimed orders.
    struct Queue: Sendable {
        let unitID: Int
        let name: String
        let waiting: Int
    }

    /// The filter as typed, for the form and the pagination links.
    struct Filter: Sendable, Equatable {
        var view: WorkOrderQueries.View = .all
        var number = ""
        var phone = ""
        var name = ""
        var service = ""
        var state = ""
        var from = ""
        var to = ""
        var region = ""

        var query: [(String, String?)] {
            [("view", view.rawValue), ("number", number), ("phone", phone), ("name", name), ("service", service), ("state", state),
             ("from", from), ("to", to), ("region", region)]
        }
    }

    struct Model: Sendable {
        var rows: [Row]
        var page: PageInfo
        var filter: Filter
        var views: [WorkOrderQueries.View]
        var queues: [Queue]
        var services: [Forms.Option]
        var regions: [Forms.Option]
        var canIntake: Bool
        /// queue_empty or member_full after "claim next".
        var notice: String?

        static let mock = Model(
            rows: [
                .init(id: 42, number: "141025100000-20260921-0007", service: "法律援助", requesterName: "张三", phoneMasked: "138****8000",
                      state: .assigned, unit: "古县法律援助中心", assignee: "王援助", due: "2026-09-28", provisional: false, flag: .approaching,
                      greenChannel: .migrantWages, priority: .urgent),
                .init(id: 43, number: "141025100000-20260921-0008", service: "公证", requesterName: "李四", phoneMasked: "0357-*****34",
                      state: .accepted, unit: "岳阳镇公证服务点", assignee: nil, due: "2027-01-05", provisional: true, flag: .onTime,
                      greenChannel: nil, priority: .normal),
            ],
            page: PageInfo(request: PageRequest(page: 1, per: 30), total: 2), filter: Filter(view: .unit), views: WorkOrderQueries.View.allCases,
            queues: [.init(unitID: 1, name: "古县法律援助中心", waiting: 3)],
            services: [.init(value: "LEGAL_AID", label: "法律援助"), .init(value: "NOTARIZATION", label: "公证")],
            regions: [.init(value: "2", label: "古县 / 岳阳镇")], canIntake: true, notice: nil)
    }
}
