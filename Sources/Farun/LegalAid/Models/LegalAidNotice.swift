import Fluent
import FarunCore
import Foundation

/// A notice from a court, procuratorate or police (通知辩护/通知代理, 法律援助法 第二十五、二十八、三十六条): the extra
/// record of a legal aid application that was not applied for. The application carries the state and the
/// assignment; the notice carries who sent it, why the law requires a defender, and the 3-day appointment due.
final class LegalAidNotice: Model, @unchecked Sendable {
    static let schema = "legal_aid_notices"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Parent(key: "application_id") var application: LegalAidApplication
    @Field(key: "organ") var organ: NotifiedDefence.Organ
    @Field(key: "organ_name") var organName: String
    /// The organ's own number of the notice (通知书文号).
    @Field(key: "notice_number") var noticeNumber: String
    @Field(key: "received_on") var receivedOn: String
    @Field(key: "ground") var ground: NotifiedDefence.Ground
    /// 涉嫌罪名
    @Field(key: "charge") var charge: String
    @Field(key: "stage") var stage: NotifiedDefence.Stage
    @Field(key: "appointment_due") var appointmentDue: String
    @Field(key: "appointment_due_provisional") var appointmentDueProvisional: Bool
    @OptionalParent(key: "created_by_id") var createdBy: StaffUser?
    @Field(key: "created_at") var createdAt: Date

    init() {}
}

/// The start of a lawyer's relevant practice as the agency recorded it (第二十六条).
final class LegalAidProviderExperience: Model, @unchecked Sendable {
    static let schema = "legal_aid_provider_experience"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Parent(key: "staff_id") var staff: StaffUser
    @Field(key: "practice_since") var practiceSince: String
    /// Where the date comes from (e.g. 执业证、刑事辩护案件登记), in the officer's words.
    @Field(key: "note") var note: String
    @OptionalParent(key: "recorded_by_id") var recordedBy: StaffUser?
    @Field(key: "recorded_at") var recordedAt: Date

    init() {}
}
