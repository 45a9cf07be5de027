import FarunCore
import Foundation

/// 法律援助案件: one page for the officer's review (materials checklist, conflict check, decision, assignment) and the
/// provider's case work (progress notes, hearing dates, closing report), with objections and the documents.
enum LegalAidCasePage {
    struct Round: Sendable {
        let items: [String]
        let noticeOn: String
        let replyDue: String
        let suppliedOn: String?
        let lapsedOn: String?
    }

    struct Note: Sendable {
        let kind: String
        let on: String
        let text: String
        let author: String
    }

    struct Model: Sendable {
        var application: LegalAidApplicationDTO
        var rounds: [Round]
        var notes: [Note]
        var objections: [LegalAidObjectionResultDTO]
        /// Shown to officers only, before the decision form.
        var conflicts: [LegalAidConflictDTO]?
        /// The catalog's material list (一次性告知) for the checklist.
        var materials: [String]
        var providers: [Forms.Option]
        var isOfficer: Bool
        var isProvider: Bool
        var canRegisterObjection: Bool
        var canDecideObjections: Bool
        var problems: [FieldProblem]

        static var mock: Model {
            let order = WorkOrder()
            order.id = 7
            order.requesterName = "张三"
            order.requesterPhoneMasked = "138****8000"
            order.residentIDMasked = "110105********002X"
            order.matter = "老板拖欠工资三个月"
            order.missingMaterials = ""
            let a = LegalAidApplication()
            a.id = 3
            a.number = "141025100-20261102-0001"
            a.$workOrder.id = 7
            a.$region.id = 2
            a.state = .received
            a.category = .wages
            a.serviceForm = .labourArbitration
            a.circumstancesText = "migrant_worker"
            a.economicReview = "exempt:3"
            a.priorities = "migrant_worker_claim"
            a.opponentName = "某建筑公司"
            a.opponentPhoneMasked = "139****9000"
            a.opponentResidentIDMasked = ""
            a.receivedOn = "2026-11-02"
            a.decisionDue = "2026-11-09"
            a.decisionDueProvisional = false
            a.materialsChecked = "申请人身份证明"
            a.decisionReasons = ""
            a.extensionReason = ""
            a.decidedLate = false
            a.providerName = ""
            a.amountRecoveredFen = 0
            a.closingReport = ""
            a.version = 2
            let dto = try! LegalAidApplicationDTO(a, order: order, actions: [.requestMaterials, .withdraw, .grant, .refuse])
            let match = ConflictCheck.Match(role: .opponent, partyName: "某建筑公司",
                                            earlier: .init(source: "legal_aid", reference: "141025100-20260901-0004", role: .applicant, identity: .init(name: "某建筑有限公司")),
                                            evidence: [.sameName])
            return Model(application: dto, rounds: [], notes: [], objections: [], conflicts: [LegalAidConflictDTO(match)],
                         materials: ["申请人身份证明", "经济困难状况说明 + 个人诚信承诺", "与所申请事项有关的案件材料"],
                         providers: [.init(value: "5", label: "李律师")], isOfficer: true, isProvider: false,
                         canRegisterObjection: true, canDecideObjections: false, problems: [])
        }
    }
}
