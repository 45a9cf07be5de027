import FarunCore
import Foundation

/// The standard legal aid documents (SF/T 0024): printable A4 pages generated from the record, headed with the
/// bureau's name.
enum LegalAidDocument {
    enum Kind: String, Sendable, CaseIterable {
        /// 法律援助申请表
        case applicationForm = "application"
        /// 材料接收凭证
        case receipt
        /// 补充材料通知
        case supplementNotice = "supplement"
        /// 给予/不予法律援助决定书
        case decision
        /// 指派通知书
        case assignmentNotice = "assignment"

        func isAvailable(state: LegalAidState, decision: String?, hasRounds: Bool) -> Bool {
            switch self {
            case .applicationForm, .receipt: true
            case .supplementNotice: hasRounds
            case .decision: decision != nil
            case .assignmentNotice: state == .assigned || state == .handling || state == .closed
            }
        }
    }
}

enum LegalAidDocumentPage {
    struct Model: Sendable {
        var kind: LegalAidDocument.Kind
        var caseID: Int
        var number: String
        var applicantName: String
        var applicantPhone: String
        var applicantID: String
        var category: LegalAidCategory
        var circumstances: [LegalAidCircumstance]
        var economicReview: String
        var matter: String
        var opponentName: String
        var receivedOn: String
        var materials: [String]
        var pledgeSignedBy: String
        var pledgeSignedAt: Date
        var decisionDue: String
        /// The latest supplement notice.
        var missing: [String]
        var noticeOn: String?
        var replyDue: String?
        var decision: String?
        var decidedOn: String?
        var reasons: String
        var providerName: String
        var assignedOn: String?

        static let mock = Model(
            kind: .decision, caseID: 3, number: "141025100-20261102-0001", applicantName: "张三", applicantPhone: "138****8000",
            applicantID: "110105********002X", category: .wages, circumstances: [.migrantWorker], economicReview: "exempt:3",
            matter: "老板拖欠工资三个月", opponentName: "某建筑公司", receivedOn: "2026-11-02", materials: ["申请人身份证明"],
            pledgeSignedBy: "张三", pledgeSignedAt: Date(timeIntervalSince1970: 1_793_584_800), decisionDue: "2026-11-09",
            missing: ["劳动合同或工资条"], noticeOn: "2026-11-04", replyDue: "2026-11-19", decision: "refuse", decidedOn: "2026-11-05",
            reasons: "家庭收入高于本省经济困难标准", providerName: "", assignedOn: nil)
    }
}
