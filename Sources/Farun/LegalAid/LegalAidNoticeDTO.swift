import FarunCore
import Foundation
import Vapor

/// A notified-defence matter as the API shows it: the notice and where the appointment stands.
struct LegalAidNoticeDTO: Content {
    let application_id: Int
    let number: String
    let work_order_id: Int
    let state: String
    let organ: String
    let organ_name: String
    let notice_number: String
    let received_on: String
    let ground: String
    let ground_citation: String
    /// 第二十六条: only a lawyer with 3+ years of relevant practice may be appointed.
    let needs_experienced_lawyer: Bool
    let charge: String
    let stage: String
    let person_name: String
    let appointment_due: String
    let appointment_due_provisional: Bool
    let provider_id: Int?
    let provider_name: String
    let assigned_on: String?
    let version: Int

    init(_ notice: LegalAidNotice, application a: LegalAidApplication, order: WorkOrder) throws {
        application_id = try a.requireID()
        number = a.number
        work_order_id = try order.requireID()
        state = a.state.rawValue
        organ = notice.organ.rawValue
        organ_name = notice.organName
        notice_number = notice.noticeNumber
        received_on = notice.receivedOn
        ground = notice.ground.rawValue
        ground_citation = "《中华人民共和国法律援助法》" + notice.ground.citation
        needs_experienced_lawyer = notice.ground.needsExperiencedLawyer
        charge = notice.charge
        stage = notice.stage.rawValue
        person_name = order.requesterName
        appointment_due = notice.appointmentDue
        appointment_due_provisional = notice.appointmentDueProvisional
        provider_id = a.$provider.id
        provider_name = a.providerName
        assigned_on = a.assignedOn
        version = a.version
    }
}

struct LegalAidExperienceInput: Content {
    var practice_since: String
    var note: String?
}

struct LegalAidExperienceDTO: Content {
    let staff_id: Int
    let name: String
    let practice_since: String
    /// Full years of relevant practice today.
    let years: Int
    let note: String
}
