import Foundation

/// Where an online consultation (快解答) stands. Raw values are stored; never rename them.
public enum ConsultationState: String, Sendable, Codable, CaseIterable {
    /// 待解答: asked, no answer yet.
    case open
    /// 已解答: at least one lawyer answered, fewer than N distinct lawyers; still offered to new lawyers.
    case answered
    /// 已满额解答: N distinct lawyers answered; no new lawyers, threads go on.
    case fullyAnswered = "fully_answered"
    /// 已关闭: closed by the citizen or after 7 days without activity; no more answers or follow-ups.
    case closed
    /// 已发布为常见问题: with consent and after review, published as an FAQ. Final.
    case published

    /// Whether answers and follow-ups are still accepted.
    public var isActive: Bool { self == .open || self == .answered || self == .fullyAnswered }
}

/// Why a consultation closed (关闭原因).
public enum ConsultationCloseReason: String, Sendable, Codable, CaseIterable {
    /// 逾期自动关闭: 7 days (configurable) without activity and no unanswered follow-up.
    case inactivity
    /// 咨询人关闭.
    case citizen
}

/// The legal field of a question (问题领域): one of the fixed `LegalField`s, or "other" (其他) when neither the
/// classifier nor the citizen found one. Kept apart from `LegalField` so "other" never becomes a specialty a
/// lawyer can list on a profile. Stored as the field's raw value or "other".
public enum QuestionField: Hashable, Sendable, Codable, RawRepresentable, CustomStringConvertible {
    case known(LegalField)
    /// 其他.
    case other

    public init?(rawValue: String) {
        if rawValue == "other" { self = .other } else if let field = LegalField(rawValue: rawValue) { self = .known(field) } else { return nil }
    }

    public var rawValue: String {
        switch self {
        case .known(let field): field.rawValue
        case .other: "other"
        }
    }

    public var description: String { rawValue }

    /// Every value, "other" last (for pick lists).
    public static var allCases: [QuestionField] { LegalField.allCases.map(QuestionField.known) + [.other] }
}
