import FarunCore
import Foundation

/// 工单详情 — everything about one order, its deadlines, links, attachments and timeline, and one small form
/// for each step the viewer may take now.
enum WorkOrderPage {
    typealias Due = WorkOrderReceiptPage.Due

    struct Link: Sendable {
        let id: Int
        let number: String
        let state: WorkOrderState
    }

    struct AttachmentRow: Sendable {
        let id: Int
        let fileName: String
        let size: Int
        let uploadedBy: String
        let at: Date
    }

    struct Event: Sendable {
        let at: Date
        let actor: String
        let action: String
        let from: WorkOrderState?
        let to: WorkOrderState
        let note: String
    }

    /// The legal aid record of a LEGAL_AID order (issue 6, guard on the generic steps).
    struct LegalAidLink: Sendable {
        let id: Int
        let number: String
        let state: LegalAidState
    }

    /// One step the viewer may take, with the choices it needs.
    struct Step: Sendable {
        let action: WorkOrderAction
        /// Members of the order's unit with their open load (assign).
        var assignees: [Forms.Option] = []
        /// Units to send it to (transfer; optional for accept).
        var targets: [Forms.Option] = []
    }

    /// What the viewer typed into the step that failed, shown again with the problem.
    struct Attempt: Sendable {
        var action: WorkOrderAction
        var reason = ""
        var missingMaterials = ""
        var assigneeID = ""
        var targetUnitID = ""
        var problems: [FieldProblem] = []
    }

    struct Model: Sendable {
        var id: Int
        var number: String
        var version: Int
        var state: WorkOrderState
        var serviceName: String
        var channel: WorkOrderChannel
        var priority: WorkOrderPriority
        var greenChannel: GreenChannelReason?
        var greenChannelNote: String
        var requesterName: String
        /// Masked, unless the assignee chose to see the full number (recorded in the audit trail).
        var phone: String
        var phoneRevealed: Bool
        var canRevealPhone: Bool
        var residentIDMasked: String
        var matter: String
        var region: String
        var servicePoint: String?
        var unit: String?
        var assignee: String?
        var submittedAt: Date
        var acceptedOn: String?
        var acceptanceDue: Due?
        var handlingDue: Due?
        var flag: DeadlineFlag
        var missingMaterials: [String]
        var outcome: String
        var parent: Link?
        var follows: Link?
        var children: [Link]
        var followUps: [Link]
        var attachments: [AttachmentRow]
        var canUpload: Bool
        var maxAttachmentMegabytes: Int
        var timeline: [Event]
        var steps: [Step]
        /// Why the last step was refused (stale version, lifecycle, no route …).
        var error: String?
        var attempt: Attempt?
        var uploadProblem: String?
        var done: String?
        /// 相关法条与案例 for the matter (issue 4); nil leaves the panel out.
        var knowledge: KnowledgePanel? = nil
        /// The legal aid case behind a LEGAL_AID order (issue 6), only when the viewer may open it: the assigned
        /// provider finds the case from the order on their workbench.
        var legalAidCaseID: Int? = nil
        /// The legal aid application the order carries (issue 6): its steps are taken on the legal aid page.
        var legalAid: LegalAidLink? = nil

        var paused: Bool { state == .supplementRequested }

        static let mock = Model(
            id: 42, number: "141025100000-20260921-0007", version: 3, state: .inProgress, serviceName: "法律援助", channel: .window,
            priority: .urgent, greenChannel: .migrantWages, greenChannelNote: "", requesterName: "张三", phone: "138****8000",
            phoneRevealed: false, canRevealPhone: true, residentIDMasked: "1101**********002X", matter: "老板拖欠工资三个月。",
            region: "古县 / 岳阳镇", servicePoint: "岳阳镇公共法律服务工作站", unit: "古县法律援助中心", assignee: "王援助",
            submittedAt: Date(timeIntervalSince1970: 1_790_000_000), acceptedOn: "2026-09-21",
            acceptanceDue: .init(date: "2026-09-28", provisional: false), handlingDue: .init(date: "2027-01-05", provisional: true),
            flag: .approaching, missingMaterials: [], outcome: "",
            parent: nil, follows: .init(id: 7, number: "141025100000-20260901-0002", state: .closed),
            children: [.init(id: 44, number: "141025100000-20260921-0009", state: .accepted)], followUps: [],
            attachments: [.init(id: 5, fileName: "身份证.pdf", size: 48_213, uploadedBy: "李窗口", at: Date(timeIntervalSince1970: 1_790_000_300))],
            canUpload: true, maxAttachmentMegabytes: 10,
            timeline: [
                .init(at: Date(timeIntervalSince1970: 1_790_000_000), actor: "李窗口", action: "submit", from: nil, to: .submitted, note: ""),
                .init(at: Date(timeIntervalSince1970: 1_790_000_060), actor: "李窗口", action: "accept", from: .submitted, to: .accepted, note: ""),
                .init(at: Date(timeIntervalSince1970: 1_790_000_060), actor: "系统", action: "assign", from: .accepted, to: .assigned, note: ""),
                .init(at: Date(timeIntervalSince1970: 1_790_003_600), actor: "王援助", action: "start", from: .assigned, to: .inProgress, note: ""),
            ],
            steps: [.init(action: .assign, assignees: [.init(value: "3", label: "王援助（在办 2/5）")]),
                    .init(action: .resolve), .init(action: .requestSupplement),
                    .init(action: .transfer, targets: [.init(value: "2", label: "岳阳镇公证服务点 · 古县 / 岳阳镇")])],
            error: nil, attempt: nil, uploadProblem: nil, done: nil)
    }
}
