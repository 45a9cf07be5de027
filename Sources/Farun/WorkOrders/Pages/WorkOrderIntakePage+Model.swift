import FarunCore
import Foundation

/// 窗口受理 — the front-desk intake form: one screen, keyboard first, the service's materials beside it.
enum WorkOrderIntakePage {
    /// What the page shows about a service when the clerk picks it (also sent to the script as JSON).
    struct ServiceInfo: Sendable, Encodable, Equatable {
        struct Material: Sendable, Encodable, Equatable {
            let item: String
            let basis: String
            let required: Bool
        }

        let code: String
        let name: String
        let channels: [String]
        let materials: [Material]
        /// Formatted time limits, e.g. "受理期限：7日（自然日）（《法律援助法》第四十三条）".
        let limits: [String]
        let free: Bool
    }

    /// The form's values as typed (kept when the form comes back with problems).
    struct Values: Sendable, Equatable {
        var service = ""
        var channel = WorkOrderChannel.window.rawValue
        var requesterName = ""
        var requesterPhone = ""
        var residentID = ""
        var matter = ""
        var regionID = ""
        var servicePointID = ""
        var priority = WorkOrderPriority.normal.rawValue
        var greenChannel = ""
        var greenChannelNote = ""
        var follows = ""
        var parent = ""
        var acceptNow = true

        var input: IntakeInput {
            IntakeInput(
                service: service, channel: channel, requesterName: requesterName, requesterPhone: requesterPhone,
                residentID: residentID.isEmpty ? nil : residentID, matter: matter, regionID: Int(regionID),
                servicePointID: Int(servicePointID), priority: priority, greenChannel: greenChannel.isEmpty ? nil : greenChannel,
                greenChannelNote: greenChannelNote, follows: follows, parent: parent, acceptNow: acceptNow)
        }
    }

    struct Model: Sendable {
        var values: Values
        var services: [ServiceInfo]
        /// The channels a clerk registers through.
        var channels: [WorkOrderChannel]
        var regions: [Forms.Option]
        var points: [Forms.Option]
        var problems: [FieldProblem]

        /// The service picked now, for the panel rendered on the server (the script keeps it current).
        var selectedService: ServiceInfo? { services.first { $0.code == values.service } }

        static let mockServices: [ServiceInfo] = [
            .init(code: "LEGAL_AID", name: "法律援助", channels: ["hotline", "window"],
                  materials: [.init(item: "居民身份证", basis: "《法律援助法》第四十三条", required: true),
                              .init(item: "经济困难状况说明表", basis: "《法律援助法》第四十一条", required: true)],
                  limits: ["受理期限：7 日（《法律援助法》第四十三条）"], free: true),
            .init(code: "NOTARIZATION", name: "公证", channels: ["window"],
                  materials: [.init(item: "身份证明", basis: "《公证法》第二十七条", required: true)],
                  limits: ["办理期限：15 个工作日（《公证法》第三十条）"], free: false),
        ]

        static let mock = Model(
            values: Values(), services: mockServices, channels: [.window, .hotline],
            regions: [.init(value: "2", label: "古县 / 岳阳镇"), .init(value: "4", label: "古县 / 岳阳镇 / 偏涧村")],
            points: [.init(value: "1", label: "岳阳镇公共法律服务工作站")], problems: [])

        static var mockWithProblems: Model {
            var model = mock
            model.values.service = "LEGAL_AID"
            model.values.requesterName = "张三"
            model.values.requesterPhone = "1380013"
            model.values.regionID = "2"
            model.values.matter = ""
            model.values.acceptNow = false
            model.problems = [.init(field: "requester_phone", message: .validationPhone), .init(field: "matter", message: .errorMatterRequired)]
            return model
        }
    }
}
