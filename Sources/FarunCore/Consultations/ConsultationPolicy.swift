import Foundation

/// The promises of the service, as numbers the app reads from configuration (服务承诺参数).
public struct ConsultationPolicy: Sendable, Hashable {
    /// N: distinct lawyers a question needs (至少 N 位律师解答). At least 1.
    public var requiredLawyers: Int
    /// A question without a first answer this long alerts the duty supervisor and widens distribution (10 分钟).
    public var firstAnswerLimit: TimeInterval
    /// A consultation closes itself after this long without activity (7 天).
    public var inactivityLimit: TimeInterval
    /// Question text limits, in characters after trimming.
    public var maximumQuestionLength: Int
    public var maximumMessageLength: Int

    public init(requiredLawyers: Int = 3, firstAnswerLimit: TimeInterval = 600, inactivityLimit: TimeInterval = 7 * 86_400,
                maximumQuestionLength: Int = 2_000, maximumMessageLength: Int = 4_000) {
        self.requiredLawyers = max(1, requiredLawyers)
        self.firstAnswerLimit = firstAnswerLimit
        self.inactivityLimit = inactivityLimit
        self.maximumQuestionLength = maximumQuestionLength
        self.maximumMessageLength = maximumMessageLength
    }

    public static let standard = ConsultationPolicy()
}
