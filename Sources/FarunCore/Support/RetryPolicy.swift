/// When to try a failed delivery again: doubling delays from `base`, capped, and a last attempt after which
/// the message is parked for a person to look at.
public struct RetryPolicy: Sendable, Equatable {
    public let baseSeconds: Int
    public let capSeconds: Int
    public let maxAttempts: Int

    public init(baseSeconds: Int = 30, capSeconds: Int = 3600, maxAttempts: Int = 12) {
        self.baseSeconds = baseSeconds
        self.capSeconds = capSeconds
        self.maxAttempts = maxAttempts
    }

    /// Seconds to wait after the `attempt`-th failure (1-based), or nil when no attempt is left.
    public func delay(afterFailure attempt: Int) -> Int? {
        guard attempt >= 1, attempt < maxAttempts else { return nil }
        let exponent = min(attempt - 1, 30)
        return min(capSeconds, baseSeconds * (1 << exponent))
    }
}
