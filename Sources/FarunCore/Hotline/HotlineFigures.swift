import Foundation

/// One 12348 call as the figures see it: when it rang, was answered and ended, who answered, and (for a missed
/// call) whether somebody has called back yet.
public struct HotlineCallFact: Sendable, Equatable {
    public let ringAt: Date
    /// Nil for a missed call.
    public let answeredAt: Date?
    public let endedAt: Date
    /// Who took the call (any stable key, e.g. the username); nil when the switchboard did not say.
    public let operatorKey: String?
    /// For a missed call: its call-back task is done.
    public let calledBack: Bool

    public init(ringAt: Date, answeredAt: Date?, endedAt: Date, operatorKey: String?, calledBack: Bool = false) {
        self.ringAt = ringAt
        self.answeredAt = answeredAt
        self.endedAt = endedAt
        self.operatorKey = operatorKey
        self.calledBack = calledBack
    }

    public var answered: Bool { answeredAt != nil }
    /// Ring to answer, for answered calls.
    public var secondsToAnswer: TimeInterval? { answeredAt.map { $0.timeIntervalSince(ringAt) } }
    /// Answer to hang-up, for answered calls.
    public var talkSeconds: TimeInterval? { answeredAt.map { max(0, endedAt.timeIntervalSince($0)) } }
}

/// A count out of a whole, kept as integers so that "19 of 20 meets 95 %" is decided exactly, never by
/// floating-point rounding. An empty whole has no rate (nil), not 0 % and not a division by zero.
public struct Share: Sendable, Equatable {
    public let part: Int
    public let whole: Int

    public init(_ part: Int, of whole: Int) {
        self.part = part
        self.whole = whole
    }

    /// Tenths of a percent, rounded down (so 94.96 % shows as 94.9 %, never as a "95.0 %" that misses 95 %).
    public var permille: Int? { whole == 0 ? nil : part * 1000 / whole }

    /// Whether the share reaches `percent`; nil when there is nothing to measure.
    public func reaches(percent: Int) -> Bool? { whole == 0 ? nil : part * 100 >= whole * percent }
}

/// Calls and talk time of one operator in the period.
public struct OperatorLoad: Sendable, Equatable {
    public let operatorKey: String
    public let answered: Int
    public let talkSeconds: TimeInterval
}

/// The hotline figures of a period, computed from the call records alone.
///
/// The issue names GB/T 33358-2016 and provincial service contracts as the source of the 24-hour connection
/// rate target (≥ 95 %); RULES.md §4 found no national 12348 standard, so the target is a contract value kept
/// in one place (`connectionRateTargetPercent`). "24-hour" means every call of the whole day counts, nights
/// included: there is no "office hours" exclusion.
public struct HotlineFigures: Sendable, Equatable {
    /// 接通率 target in percent.
    public static let connectionRateTargetPercent = 95
    /// A call answered within this many seconds of ringing counts as answered promptly (15 s counts, 16 s not).
    public static let promptAnswerSeconds: TimeInterval = 15

    public let total: Int
    public let answered: Int
    /// 接通率 = answered / total.
    public let connectionRate: Share
    /// Answered within 15 s, out of **all** calls. This is the one the pages show: a missed call is a caller
    /// who was not served within 15 s either, and counting only answered calls would make a hotline that
    /// drops many calls look better than one that answers them all a little slowly.
    public let answeredWithin15sOfAll: Share
    /// Answered within 15 s, out of answered calls only (how quickly operators pick up once they do), for the API.
    public let answeredWithin15sOfAnswered: Share
    /// 平均通话时长, over answered calls; nil when none was answered.
    public let averageTalkSeconds: TimeInterval?
    /// 平均应答速度 (ring to answer), over answered calls; nil when none was answered.
    public let averageSecondsToAnswer: TimeInterval?
    /// Per operator, most answered calls first (then by key); answered calls without an operator are left out.
    public let perOperator: [OperatorLoad]
    public let missed: Int
    public let missedCalledBack: Int
    public var missedNotCalledBack: Int { missed - missedCalledBack }

    /// Whether the connection rate reaches the target; nil for a period without calls.
    public var connectionTargetMet: Bool? { connectionRate.reaches(percent: Self.connectionRateTargetPercent) }

    public init(_ calls: [HotlineCallFact]) {
        let answeredCalls = calls.filter(\.answered)
        let prompt = answeredCalls.filter { ($0.secondsToAnswer ?? .infinity) <= Self.promptAnswerSeconds }.count
        total = calls.count
        answered = answeredCalls.count
        connectionRate = Share(answered, of: total)
        answeredWithin15sOfAll = Share(prompt, of: total)
        answeredWithin15sOfAnswered = Share(prompt, of: answered)
        averageTalkSeconds = Self.average(answeredCalls.compactMap(\.talkSeconds))
        averageSecondsToAnswer = Self.average(answeredCalls.compactMap(\.secondsToAnswer))
        var loads: [String: (Int, TimeInterval)] = [:]
        for call in answeredCalls {
            guard let key = call.operatorKey else { continue }
            let current = loads[key] ?? (0, 0)
            loads[key] = (current.0 + 1, current.1 + (call.talkSeconds ?? 0))
        }
        perOperator = loads.map { OperatorLoad(operatorKey: $0.key, answered: $0.value.0, talkSeconds: $0.value.1) }
            .sorted { ($0.answered, $1.operatorKey) > ($1.answered, $0.operatorKey) }
        let missedCalls = calls.filter { !$0.answered }
        missed = missedCalls.count
        missedCalledBack = missedCalls.filter(\.calledBack).count
    }

    private static func average(_ values: [TimeInterval]) -> TimeInterval? {
        values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
    }
}
