import FarunCore
import Foundation

/// 人民调解登记: the same form at a mediation point / window (staff, every party's consent asked) and online
/// (citizens, phone-first; the other side is asked later).
enum MediationIntakePage {
    struct PartyRow: Sendable, Equatable {
        var role = "respondent"
        var name = ""
        var phone = ""
        var residentID = ""
        var address = ""
        var consent = ""
    }

    struct Model: Sendable {
        var online: Bool
        var regions: [CitizenChoices.TownGroup]
        var points: [Forms.Option]
        var disputeType = ""
        var urgency = "normal"
        var amount = ""
        var summary = ""
        var regionID = ""
        var pointID = ""
        var parties: [PartyRow]
        /// Online: the applicant agreed to the personal-information notice (个人信息保护法第十三、二十九条).
        var consentGiven = false
        var problems: [FieldProblem] = []
        /// After an online submission: the order number to track.
        var submittedNumber: String?

        /// Rows shown: the entered parties plus one empty row for a further party.
        static let rows = 3

        static let mock = Model(
            online: false,
            regions: [.init(id: 2, name: "岳阳镇", villages: [.init(value: "4", label: "偏涧村")])],
            points: [.init(value: "7", label: "偏涧村人民调解室")],
            disputeType: "neighbour", amount: "2000", summary: "楼上卫生间漏水，楼下墙面受损，协商无果。", regionID: "4", pointID: "7",
            parties: [PartyRow(role: "applicant", name: "李桂兰", phone: "13835700004", address: "偏涧村3组12号", consent: "agrees"),
                      PartyRow(role: "respondent", name: "王强", phone: "13912345678", address: "偏涧村3组14号", consent: "agrees")])

        static var mockOnline: Model {
            var m = mock
            m.online = true
            m.parties[1].consent = "not_yet_asked"
            m.problems = [FieldProblem(field: "amount", message: .mediationAmountNegative)]
            return m
        }
    }
}
