import FarunCore
import Foundation
import Vapor

/// The notice form as posted (every value a string, so a bad entry comes back as typed).
struct LegalAidNoticeForm: Content, Sendable {
    var organ: String?
    var organ_name: String?
    var notice_number: String?
    var received_on: String?
    var ground: String?
    var charge: String?
    var stage: String?
    var person_name: String?
    var person_resident_id: String?
    var contact_phone: String?
    var region_id: String?
    var note: String?

    var input: LegalAidNoticeInput {
        LegalAidNoticeInput(
            organ: organ ?? "", organ_name: organ_name ?? "", notice_number: notice_number ?? "", received_on: received_on ?? "",
            ground: ground ?? "", charge: charge ?? "", stage: stage ?? "", person_name: person_name ?? "",
            person_resident_id: person_resident_id, contact_phone: contact_phone ?? "", region_id: region_id.flatMap { Int($0) }, note: note)
    }
}

/// 通知辩护登记: the staff intake of a notice from a court, procuratorate or police.
enum LegalAidNoticePage {
    struct Created: Sendable {
        let id: Int
        let number: String
        let appointmentDue: String
        let provisional: Bool
        let needsExperiencedLawyer: Bool
    }

    struct Model: Sendable {
        var values: LegalAidNoticeForm
        var regions: [Forms.Option]
        var problems: [FieldProblem]
        var created: Created?

        static let mock = Model(
            values: LegalAidNoticeForm(organ: "court", organ_name: "某县人民法院", notice_number: "（2026）晋0110刑初123号", received_on: "2026-11-02",
                                       ground: "life_or_death", charge: "故意杀人罪", stage: "first_instance", person_name: "赵六",
                                       person_resident_id: nil, contact_phone: "0351-1234567", region_id: "1", note: ""),
            regions: [.init(value: "1", label: "某县")], problems: [], created: nil)

        static let mockCreated: Model = {
            var m = mock
            m.created = Created(id: 7, number: "141025100-20261102-0003", appointmentDue: "2026-11-05", provisional: false, needsExperiencedLawyer: true)
            return m
        }()
    }
}
