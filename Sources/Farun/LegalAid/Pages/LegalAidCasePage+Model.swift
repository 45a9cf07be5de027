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

    /// The fields of one refused step form: `action` names the step (a `LegalAidAction` raw value, or "note").
    struct Typed: Sendable {
        var action: String
        var fields: [String: String]
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
        /// The court's, procuratorate's or police notice behind a notified-defence matter (通知辩护).
        var notice: LegalAidNoticeDTO? = nil
        /// The rating, complaints and supervision notes (督办); nil shows nothing.
        var followUp: LegalAidFollowUpDTO? = nil
        /// Channel, origin (call or consultation) and what the applicant must still give.
        var handoff: LegalAidHandoffInfo? = nil
        /// What the person typed into a step that was refused, so the form comes back filled (never lost input).
        var typed: Typed? = nil

        static var mock: Model { example() }

        /// The mock, or with every typed text set to `text` (for escaping tests).
        static func example(_ text: String? = nil) -> Model {
            func t(_ value: String) -> String { text ?? value }
            let order = WorkOrder()
            order.id = 7
            order.requesterName = t("张三")
            order.requesterPhoneMasked = t("138****8000")
            order.residentIDMasked = t("110105********002X")
            order.matter = t("老板拖欠工资三个月")
            order.missingMaterials = ""
            let a = LegalAidApplication()
            a.id = 3
            a.number = t("141025100-20261102-0001")
            a.$workOrder.id = 7
            a.$region.id = 2
            a.state = .received
            a.category = .wages
            a.serviceForm = .labourArbitration
            a.circumstancesText = "migrant_worker"
            a.economicReview = "exempt:3"
            a.priorities = "migrant_worker_claim"
            a.opponentName = t("某建筑公司")
            a.opponentPhoneMasked = t("139****9000")
            a.opponentResidentIDMasked = ""
            a.receivedOn = "2026-11-02"
            a.decisionDue = "2026-11-09"
            a.decisionDueProvisional = false
            a.materialsChecked = t("申请人身份证明")
            a.decisionReasons = t("")
            a.extensionReason = t("")
            a.decidedLate = false
            a.providerName = t("")
            a.amountRecoveredFen = 0
            a.closingReport = t("")
            a.version = 2
            let dto = try! LegalAidApplicationDTO(a, order: order, actions: [.requestMaterials, .withdraw, .grant, .refuse])
            let match = ConflictCheck.Match(role: .opponent, partyName: t("某建筑公司"),
                                            earlier: .init(source: "legal_aid", reference: t("141025100-20260901-0004"), role: .applicant, identity: .init(name: t("某建筑有限公司"))),
                                            evidence: [.sameName])
            let objection = LegalAidObjection()
            objection.id = 4
            objection.$application.id = 3
            objection.against = .refused
            objection.grounds = t("收入计算有误")
            objection.receivedOn = "2026-11-10"
            objection.dueOn = "2026-11-16"
            objection.decisionReasons = t("")
            let rounds = text.map { [Round(items: [$0], noticeOn: $0, replyDue: $0, suppliedOn: $0, lapsedOn: $0)] } ?? []
            let notes = text.map { [Note(kind: "hearing", on: $0, text: $0, author: $0)] } ?? []
            return Model(application: dto, rounds: rounds, notes: notes, objections: [try! LegalAidObjectionResultDTO(objection)], conflicts: [LegalAidConflictDTO(match)],
                         materials: [t("申请人身份证明"), t("经济困难状况说明 + 个人诚信承诺"), t("与所申请事项有关的案件材料")],
                         providers: [.init(value: "5", label: t("李律师"))], isOfficer: true, isProvider: false,
                         canRegisterObjection: true, canDecideObjections: true,
                         problems: text.map { [FieldProblem(field: "action", message: .legalAidNotAllowed, args: [$0, $0])] } ?? [])
        }
    }
}
