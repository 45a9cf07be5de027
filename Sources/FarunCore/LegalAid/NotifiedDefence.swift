import Foundation

/// Notified defence and representation (通知辩护 / 通知代理): a court, procuratorate or public security organ
/// notifies the legal aid agency, which appoints a lawyer without an application or a means test
/// (《中华人民共和国法律援助法》第二十五、二十六、二十八、三十六条; rules LA-12, LA-13, LA-14).
public enum NotifiedDefence {
    /// The organ that sends the notice (第二十五条, 第三十六条). Raw values are stored.
    public enum Organ: String, Sendable, Codable, CaseIterable {
        /// 人民法院
        case court
        /// 人民检察院
        case procuratorate
        /// 公安机关
        case police
    }

    /// Why the law requires a defender (第二十五条第一款（一）–（七）), plus the court's discretionary notice
    /// (第二十五条第二款) and compulsory medical treatment (第二十八条, 通知代理). Raw values are stored.
    public enum Ground: String, Sendable, Codable, CaseIterable {
        /// （一）未成年人
        case minor
        /// （二）视力、听力、言语残疾人
        case sensoryDisability = "sensory_disability"
        /// （三）不能完全辨认自己行为的成年人
        case notFullyCapable = "not_fully_capable"
        /// （四）可能被判处无期徒刑、死刑的人
        case lifeOrDeath = "life_or_death"
        /// （五）申请法律援助的死刑复核案件被告人
        case deathPenaltyReview = "death_penalty_review"
        /// （六）缺席审判案件的被告人
        case trialInAbsentia = "trial_in_absentia"
        /// （七）法律法规规定的其他人员
        case otherByLaw = "other_by_law"
        /// 第二十五条第二款: other cases tried under ordinary procedure, at the court's discretion.
        case ordinaryProcedure = "ordinary_procedure"
        /// 第二十八条: respondent or defendant in a compulsory medical treatment case (通知代理).
        case compulsoryTreatment = "compulsory_treatment"

        /// The citation printed on the letter, e.g. "第二十五条第一款第（四）项".
        public var citation: String {
            let numerals = ["一", "二", "三", "四", "五", "六", "七"]
            switch self {
            case .ordinaryProcedure: return "第二十五条第二款"
            case .compulsoryTreatment: return "第二十八条"
            default:
                let index = Self.allCases.firstIndex(of: self) ?? 0
                return "第二十五条第一款第（\(numerals[index])）项"
            }
        }

        /// 第二十六条 (LA-14): for these the agency appoints a lawyer with 3+ years of relevant practice.
        public var needsExperiencedLawyer: Bool { self == .lifeOrDeath || self == .deathPenaltyReview }

        /// The legal aid category the matter is registered under.
        public var category: LegalAidCategory { self == .compulsoryTreatment ? .compulsoryTreatment : .notifiedDefence }

        /// Only courts send death-penalty review, absentia, ordinary-procedure and compulsory-treatment notices.
        public func isSent(by organ: Organ) -> Bool {
            switch self {
            case .deathPenaltyReview, .trialInAbsentia, .ordinaryProcedure, .compulsoryTreatment: organ == .court
            default: true
            }
        }
    }

    /// Where the criminal case is (诉讼阶段). Raw values are stored.
    public enum Stage: String, Sendable, Codable, CaseIterable {
        /// 侦查
        case investigation
        /// 审查起诉
        case prosecutionReview = "prosecution_review"
        /// 一审
        case firstInstance = "first_instance"
        /// 二审
        case secondInstance = "second_instance"
        /// 死刑复核
        case deathPenaltyReview = "death_penalty_review"
        /// 强制医疗程序
        case compulsoryTreatment = "compulsory_treatment"
    }

    /// 第二十六条 (LA-14): years of relevant practice a lawyer needs for life or death cases.
    public static let experiencedLawyerYears = 3

    /// 第三十六条 (LA-13): the appointment is due 3 days after the agency receives the notice, through the same
    /// calendar and day unit as the 3-day assignment period of 第四十三条 (LA-02).
    public static func appointmentDue(receivedOn: LocalDate, policy: LegalAidPolicy, calendar: WorkCalendar) -> Deadline {
        LegalAidDeadlines.notifiedAppointmentDue(noticeOn: receivedOn, policy: policy, calendar: calendar)
    }

    public enum Problem: Error, Sendable, Hashable {
        /// The ground does not come from this organ (e.g. a police notice for death-penalty review).
        case groundNotFromOrgan
        /// 第二十六条: no recorded relevant practice for a life or death case.
        case experienceUnknown
        /// 第二十六条: fewer than 3 years of relevant practice on the day of appointment.
        case tooLittleExperience(since: LocalDate)
    }

    /// Full years from `since` to `day` (an anniversary count, not a statutory period: 29 February counts from
    /// 1 March in ordinary years).
    public static func fullYears(since: LocalDate, on day: LocalDate) -> Int {
        guard day >= since else { return 0 }
        var years = day.year - since.year
        if (day.month, day.day) < (since.month, since.day) { years -= 1 }
        return years
    }

    /// 第二十六条 (LA-14): may this lawyer be appointed for this ground on `day`? `practiceSince` is the start of
    /// the lawyer's relevant (criminal) practice as recorded, nil when nothing is recorded.
    public static func checkLawyer(for ground: Ground, practiceSince: LocalDate?, on day: LocalDate) -> Result<Void, Problem> {
        guard ground.needsExperiencedLawyer else { return .success(()) }
        guard let since = practiceSince else { return .failure(.experienceUnknown) }
        if fullYears(since: since, on: day) < experiencedLawyerYears { return .failure(.tooLittleExperience(since: since)) }
        return .success(())
    }
}

/// Which generic work-order actions a LEGAL_AID order with a legal aid record still takes. The legal aid workflow
/// (LegalAidLifecycle) moves the order itself; the generic steps would move it past or around the review
/// (第四十三条), the assignment (第四十三条、第三十六条) or the closing report (第五十条).
public enum LegalAidWorkOrderGuard {
    /// Only the recipient's rating, which closes a resolved order, and only after the closing report (第五十条).
    public static func allows(_ action: WorkOrderAction, legalAidState: LegalAidState) -> Bool {
        action == .close && legalAidState == .closed
    }
}
