import Foundation

/// 调解终止的原因 (人民调解法第二十六条: 调解不成的，应当终止调解).
public enum FailureReason: String, Sendable, Codable, CaseIterable {
    /// A party refuses or asks to end mediation (第十七条, 第二十三条（二）).
    case partyRefused = "party_refused"
    /// No agreement could be reached.
    case noAgreement = "no_agreement"
    /// A party cannot be reached or does not attend.
    case partyAbsent = "party_absent"
    /// Not a 民间纠纷 people's mediation may handle (e.g. already before a court).
    case notMediable = "not_mediable"
    /// Reported to the police under 第二十五条.
    case escalated
    case other
}

/// Where the parties are told to go next (第二十六条: 仲裁、行政、司法等途径). Three routes open a follow-up work order.
public enum Referral: String, Sendable, Codable, CaseIterable {
    /// 诉讼: to the court, with litigation guidance as a legal consultation.
    case litigation
    /// 仲裁: labour arbitration for labour disputes (劳动争议调解仲裁法第十四条), commercial otherwise.
    case arbitration
    /// 法律援助.
    case legalAid = "legal_aid"
    /// 行政途径: told, no follow-up order.
    case administrative
    /// Told of the routes; nothing else.
    case none

    /// The service code of the follow-up work order, or nil when the parties are only told.
    public func followUpService(for type: DisputeType) -> String? {
        switch self {
        case .litigation: "LEGAL_CONSULTATION"
        case .arbitration: type == .labour ? "ARBITRATION_LABOUR" : "ARBITRATION_COMMERCIAL"
        case .legalAid: "LEGAL_AID"
        case .administrative, .none: nil
        }
    }
}

public enum MediationFailure {
    /// A failure needs a reason, and `other` needs it in words; the note is what the parties are told.
    public static func problems(reason: FailureReason?, note: String) -> [MediationProblem] {
        guard let reason else { return [.failureReasonMissing] }
        if reason == .other && note.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return [.failureReasonMissing] }
        return []
    }
}
