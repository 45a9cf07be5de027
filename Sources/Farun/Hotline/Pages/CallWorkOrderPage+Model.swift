import FarunCore
import Foundation

/// 来电转工单 — a short intake form for an answered call: channel hotline, the caller's number prefilled.
enum CallWorkOrderPage {
    struct Input: Sendable, Equatable {
        var service = ""
        var name = ""
        var phone = ""
        var matter = ""
        var regionID: Int?
    }

    struct Model: Sendable {
        var callID: Int
        var ringAt: Date
        var callerMasked: String
        var input: Input
        var services: [Forms.Option]
        var regions: [Forms.Option]
        var problems: [FieldProblem]
        /// A refusal that belongs to no field (e.g. no routing rule for the service here).
        var message: String?

        static var mock: Model {
            Model(callID: 1, ringAt: Date(timeIntervalSince1970: 1_790_000_000), callerMasked: "138****8000",
                  input: .init(service: "LEGAL_AID", name: "", phone: "13800138000", matter: "公司拖欠工资两个月，想申请法律援助。", regionID: 2),
                  services: [.init(value: "LEGAL_CONSULTATION", label: "法律咨询"), .init(value: "LEGAL_AID", label: "法律援助")],
                  regions: [.init(value: "1", label: "古县"), .init(value: "2", label: "古县 / 岳阳镇")],
                  problems: [.init(field: "requester_name", message: .errorNameRequired)], message: nil)
        }
    }
}
