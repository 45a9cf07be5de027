import Vapor
import FarunCore

/// 法律援助申请表: the citizen's phone form and the window/hotline form. "查看审查方式" re-renders the form with the
/// screening (exemption and priority) before anything is submitted.
enum LegalAidApplyPage {
    struct Model: Sendable {
        /// True at the window or hotline (channel choice, staff layout).
        var staff: Bool
        var values: LegalAidForm
        var regions: [Forms.Option]
        var screening: LegalAidScreening.Result?
        var problems: [FieldProblem]
        /// Set after a successful submission: the application number.
        var submittedNumber: String?
        var submittedID: Int?

        static let mock = Model(
            staff: false,
            values: LegalAidForm(channel: "mobile_web", applicant_name: "张三", applicant_phone: "13800138000", category: "wages",
                                 matter: "老板拖欠工资三个月", circumstances: ["migrant_worker"], opponent_name: "某建筑公司", pledge_accepted: ["1"],
                                 pledge_signature: "张三"),
            regions: [.init(value: "2", label: "岳阳镇"), .init(value: "3", label: "北平镇")],
            screening: LegalAidScreening.assess(category: .wages, circumstances: [.migrantWorker]),
            problems: [], submittedNumber: nil, submittedID: nil)
    }
}

/// The form as posted: strings only, so a half-filled form comes back as typed.
struct LegalAidForm: Content, Sendable, Equatable {
    var channel: String?
    var applicant_name: String?
    var applicant_phone: String?
    var applicant_resident_id: String?
    var region_id: String?
    var category: String?
    var service_form: String?
    var matter: String?
    var circumstances: [String]?
    var days_to_limitation: String?
    var needs_preservation: [String]?
    var economic_statement: String?
    var opponent_name: String?
    var opponent_phone: String?
    var opponent_resident_id: String?
    var pledge_accepted: [String]?
    var pledge_signature: String?
    /// Set by the "check first" button: show the screening, submit nothing.
    var preview: String?

    init(channel: String? = nil, applicant_name: String? = nil, applicant_phone: String? = nil, applicant_resident_id: String? = nil,
         region_id: String? = nil, category: String? = nil, service_form: String? = nil, matter: String? = nil,
         circumstances: [String]? = nil, days_to_limitation: String? = nil, needs_preservation: [String]? = nil,
         economic_statement: String? = nil, opponent_name: String? = nil, opponent_phone: String? = nil,
         opponent_resident_id: String? = nil, pledge_accepted: [String]? = nil, pledge_signature: String? = nil, preview: String? = nil) {
        self.channel = channel
        self.applicant_name = applicant_name
        self.applicant_phone = applicant_phone
        self.applicant_resident_id = applicant_resident_id
        self.region_id = region_id
        self.category = category
        self.service_form = service_form
        self.matter = matter
        self.circumstances = circumstances
        self.days_to_limitation = days_to_limitation
        self.needs_preservation = needs_preservation
        self.economic_statement = economic_statement
        self.opponent_name = opponent_name
        self.opponent_phone = opponent_phone
        self.opponent_resident_id = opponent_resident_id
        self.pledge_accepted = pledge_accepted
        self.pledge_signature = pledge_signature
        self.preview = preview
    }

    var input: LegalAidApplicationInput {
        LegalAidApplicationInput(
            channel: channel ?? "", applicant_name: applicant_name ?? "", applicant_phone: applicant_phone ?? "",
            applicant_resident_id: applicant_resident_id, region_id: region_id.flatMap { Int($0) }, service_point_id: nil,
            category: category ?? "", service_form: service_form, matter: matter ?? "", circumstances: circumstances,
            days_to_limitation: days_to_limitation.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) },
            needs_preservation: !(needs_preservation ?? []).isEmpty, economic_statement: economic_statement, opponent_name: opponent_name ?? "",
            opponent_phone: opponent_phone, opponent_resident_id: opponent_resident_id, pledge_accepted: !(pledge_accepted ?? []).isEmpty,
            pledge_signature: pledge_signature)
    }

    /// The screening for what is filled in so far, or nil without a category.
    var screening: LegalAidScreening.Result? {
        guard let category = category.flatMap(LegalAidCategory.init(rawValue:)) else { return nil }
        let circumstances = Set((circumstances ?? []).compactMap(LegalAidCircumstance.init(rawValue:)))
        return LegalAidScreening.assess(category: category, circumstances: circumstances, urgency: .init(
            daysToLimitation: days_to_limitation.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }, needsPreservation: !(needs_preservation ?? []).isEmpty))
    }
}
