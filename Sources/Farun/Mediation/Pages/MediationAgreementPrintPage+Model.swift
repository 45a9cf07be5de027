import FarunCore
import Foundation

/// 人民调解协议书: the agreement on one A4 page with the committee's name, the content 人民调解法第二十九条 lists,
/// signature lines for every party and the mediator, the seal's place, and the judicial-confirmation notice (第三十三条).
enum MediationAgreementPrintPage {
    struct Model: Sendable {
        var caseID: Int
        var orderNumber: String
        var agreement: AgreementDraft
        var effectiveOn: String?
        var mediator: String

        static let mock = Model(
            caseID: 3, orderNumber: "141025100000-20260901-0001",
            agreement: AgreementDraft(
                form: .written, committeeName: "岳阳镇人民调解委员会",
                parties: [.init(role: .applicant, name: "李桂兰", address: "偏涧村3组12号", residentIDMasked: "1101**********002X"),
                          .init(role: .respondent, name: "王强", address: "偏涧村3组14号", residentIDMasked: "")],
                facts: "王强家卫生间漏水，致李桂兰家墙面受损。", issues: "维修责任与赔偿数额", responsibilities: "王强承担维修责任。",
                terms: "王强赔偿李桂兰2000元，并于9月15日前修复漏水。", performanceManner: "现金一次性支付", performanceDeadline: LocalDate("2026-09-30")),
            effectiveOn: nil, mediator: "赵调解")
    }
}
