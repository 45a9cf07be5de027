import Foundation

/// 回访: how the agreement is being performed (人民调解法第三十一条: the committee supervises performance).
public enum PerformanceStatus: String, Sendable, Codable, CaseIterable {
    /// 已全部履行
    case performed
    /// 部分履行
    case partlyPerformed = "partly_performed"
    /// 未履行
    case notPerformed = "not_performed"
    /// 履行期限未到
    case notYetDue = "not_yet_due"

    /// Whether the parties should be told of judicial confirmation / enforcement (第三十二条, 第三十三条).
    public var needsAttention: Bool { self == .partlyPerformed || self == .notPerformed }
}

public struct FollowUpVisitRecord: Sendable, Hashable {
    public var on: LocalDate
    public var mode: SessionMode
    public var performance: PerformanceStatus
    public var notes: String
    public init(on: LocalDate, mode: SessionMode, performance: PerformanceStatus, notes: String) {
        self.on = on
        self.mode = mode
        self.performance = performance
        self.notes = notes
    }

    /// A visit needs notes, cannot be dated in the future nor before the agreement took effect.
    public func isValid(agreementEffective: LocalDate, today: LocalDate) -> Bool {
        !notes.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty && on <= today && on >= agreementEffective
    }
}
