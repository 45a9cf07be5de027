import FarunCore
import Foundation
import Plot

/// 审计日志 — who changed what, newest first.
enum AuditPage {
    struct Row: Sendable {
        let at: Date
        let actor: String
        let action: String
        let target: String
        let detail: String
        let ip: String
    }

    struct Model: Sendable {
        var rows: [Row]
        var page: PageInfo
        var action: String
        var actor: String

        static let mock = Model(
            rows: [.init(at: Date(timeIntervalSince1970: 1_790_000_000), actor: "admin", action: "region.rename", target: "region#2",
                         detail: "{\"from\":\"岳阳乡\",\"to\":\"岳阳镇\"}", ip: "127.0.0.1")],
            page: PageInfo(request: PageRequest(page: 1, per: 50), total: 1), action: "", actor: "")
    }
}
