import FarunCore
import Foundation

/// 通知辩护回函 / 指派通知: the agency's printable A4 answer to the notifying organ, naming the appointed lawyer
/// (法律援助法 第三十六条). Available once a lawyer is appointed.
enum LegalAidNoticeReplyPage {
    struct Model: Sendable {
        var caseID: Int
        var number: String
        var organ: NotifiedDefence.Organ
        var organName: String
        var noticeNumber: String
        var receivedOn: String
        var ground: NotifiedDefence.Ground
        var charge: String
        var stage: NotifiedDefence.Stage
        var personName: String
        var providerName: String
        var providerOrganisation: String
        var assignedOn: String
        var appointmentDue: String

        static let mock = Model(
            caseID: 7, number: "141025100-20261102-0003", organ: .court, organName: "某县人民法院", noticeNumber: "（2026）晋0110刑初123号",
            receivedOn: "2026-11-02", ground: .lifeOrDeath, charge: "故意杀人罪", stage: .firstInstance, personName: "赵六",
            providerName: "李明", providerOrganisation: "某律师事务所", assignedOn: "2026-11-04", appointmentDue: "2026-11-05")
    }
}
