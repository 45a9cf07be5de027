import Foundation

/// The measured promises of one consultation (服务时效): time to the first answer, to the N-th distinct lawyer,
/// and each follow-up's response time.
public struct ConsultationTimes: Sendable, Hashable {
    public let askedAt: Date
    public let regionPath: RegionPath
    /// 首次解答用时; nil while unanswered.
    public let toFirstAnswer: TimeInterval?
    /// 第 N 位律师解答用时; nil until N distinct lawyers answered.
    public let toRequiredAnswers: TimeInterval?
    /// 追问响应用时, of follow-ups already replied to, thread by thread.
    public let followUpResponses: [TimeInterval]

    public init(_ consultation: Consultation, policy: ConsultationPolicy = .standard) {
        askedAt = consultation.askedAt
        regionPath = consultation.regionPath
        toFirstAnswer = consultation.firstAnswerAt.map { $0.timeIntervalSince(consultation.askedAt) }
        toRequiredAnswers = consultation.answerAt(lawyerNumber: policy.requiredLawyers).map { $0.timeIntervalSince(consultation.askedAt) }
        followUpResponses = consultation.threads.flatMap(\.followUpResponseTimes)
    }
}

/// One lawyer's figures in a report (律师个人指标).
public struct LawyerServiceFigures: Sendable, Hashable {
    public let lawyer: String
    /// Questions this lawyer answered.
    public let questionsAnswered: Int
    /// Of those, how many they answered first (首答).
    public let firstAnswers: Int
    /// Median time from question to this lawyer's first answer.
    public let medianTimeToAnswer: TimeInterval?
    public let followUpsAnswered: Int
    public let medianFollowUpResponse: TimeInterval?
    /// Mean citizen rating in tenths (4.5 → 45), nil without ratings.
    public let averageRatingTenths: Int?
}

/// The service-level figures of one day and region (服务时效统计): what the administrators' page shows.
public struct ServiceLevelFigures: Sendable, Hashable {
    public let day: LocalDate
    public let regionPath: RegionPath
    public let asked: Int
    /// 10 分钟内解答率: answered within the limit, out of questions whose outcome is known at the report's instant
    /// (a question younger than the limit without an answer is not counted yet).
    public let answeredWithinLimit: Share
    /// 首次解答中位用时, over answered questions.
    public let medianFirstAnswer: TimeInterval?
    /// 达到 N 位律师解答的比例, out of all asked.
    public let reachedRequiredLawyers: Share
    public let medianFollowUpResponse: TimeInterval?
    /// By lawyer key.
    public let lawyers: [LawyerServiceFigures]
}

extension Share: Hashable {
    public func hash(into hasher: inout Hasher) {
        hasher.combine(part)
        hasher.combine(whole)
    }
}

public enum ServiceLevel {
    /// Figures per China day of asking and per region, the region cut to `regionDepth` ids (e.g. 3 = county when
    /// paths run province/city/county); questions in a shallower region keep their own path. Sorted by day, then
    /// region. `now` decides which unanswered questions have already missed the limit.
    public static func report(_ consultations: [Consultation], regionDepth: Int, now: Date,
                              policy: ConsultationPolicy = .standard) -> [ServiceLevelFigures] {
        let groups = Dictionary(grouping: consultations) { consultation in
            GroupKey(day: LocalDate.inChina(consultation.askedAt),
                     region: RegionPath(ids: Array(consultation.regionPath.ids.prefix(regionDepth))))
        }
        return groups.map { key, members in figures(members, day: key.day, region: key.region, now: now, policy: policy) }
            .sorted { ($0.day, $0.regionPath.value) < ($1.day, $1.regionPath.value) }
    }

    /// The figures of one group of consultations.
    public static func figures(_ consultations: [Consultation], day: LocalDate, region: RegionPath, now: Date,
                               policy: ConsultationPolicy = .standard) -> ServiceLevelFigures {
        let times = consultations.map { ConsultationTimes($0, policy: policy) }
        let decided = times.filter { $0.toFirstAnswer != nil || now.timeIntervalSince($0.askedAt) >= policy.firstAnswerLimit }
        let inTime = decided.count { ($0.toFirstAnswer ?? .infinity) <= policy.firstAnswerLimit }
        return ServiceLevelFigures(
            day: day, regionPath: region, asked: consultations.count,
            answeredWithinLimit: Share(inTime, of: decided.count),
            medianFirstAnswer: median(times.compactMap(\.toFirstAnswer)),
            reachedRequiredLawyers: Share(times.count { $0.toRequiredAnswers != nil }, of: consultations.count),
            medianFollowUpResponse: median(times.flatMap(\.followUpResponses)),
            lawyers: lawyerFigures(consultations))
    }

    static func lawyerFigures(_ consultations: [Consultation]) -> [LawyerServiceFigures] {
        var answerTimes: [String: [TimeInterval]] = [:]
        var firsts: [String: Int] = [:]
        var followUps: [String: [TimeInterval]] = [:]
        var ratings: [String: [Int]] = [:]
        for consultation in consultations {
            for (index, thread) in consultation.threads.enumerated() {
                answerTimes[thread.lawyer, default: []].append(thread.firstAnswerAt.timeIntervalSince(consultation.askedAt))
                if index == 0 { firsts[thread.lawyer, default: 0] += 1 }
                followUps[thread.lawyer, default: []] += thread.followUpResponseTimes
                if let rating = thread.rating { ratings[thread.lawyer, default: []].append(rating) }
            }
        }
        return answerTimes.keys.sorted().map { lawyer in
            let rated = ratings[lawyer] ?? []
            return LawyerServiceFigures(
                lawyer: lawyer, questionsAnswered: answerTimes[lawyer]!.count, firstAnswers: firsts[lawyer] ?? 0,
                medianTimeToAnswer: median(answerTimes[lawyer]!), followUpsAnswered: followUps[lawyer]?.count ?? 0,
                medianFollowUpResponse: median(followUps[lawyer] ?? []),
                averageRatingTenths: rated.isEmpty ? nil : rated.reduce(0, +) * 10 / rated.count)
        }
    }

    /// The middle value; for an even count the mean of the two middle values. Nil for none.
    public static func median(_ values: [TimeInterval]) -> TimeInterval? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    private struct GroupKey: Hashable {
        let day: LocalDate
        let region: RegionPath
    }
}

/// An open question that has waited too long for its first answer (超时未答提醒): alert the duty supervisor and
/// widen its distribution to everyone on duty.
public struct FirstAnswerAlert: Sendable, Hashable {
    public let consultationID: UUID
    public let regionPath: RegionPath
    public let askedAt: Date
    /// How long past the limit at the instant of the check.
    public let overdueBy: TimeInterval
}

/// The 10-minute rule (首答超时规则) as a pure function of an instant; the app runs it from a timer or on
/// `nextCheck`, never by sleeping per question.
public enum FirstAnswerAlerts {
    /// Consultations still open (no answer, not closed) for at least the limit at `now`, not yet in `alreadyAlerted`;
    /// oldest first.
    public static func due(_ consultations: [Consultation], now: Date, alreadyAlerted: Set<UUID> = [],
                           policy: ConsultationPolicy = .standard) -> [FirstAnswerAlert] {
        consultations
            .filter { $0.state == .open && !alreadyAlerted.contains($0.id) }
            .compactMap { consultation -> FirstAnswerAlert? in
                let overdue = now.timeIntervalSince(consultation.askedAt) - policy.firstAnswerLimit
                guard overdue >= 0 else { return nil }
                return FirstAnswerAlert(consultationID: consultation.id, regionPath: consultation.regionPath,
                                        askedAt: consultation.askedAt, overdueBy: overdue)
            }
            .sorted { ($0.askedAt, $0.consultationID.uuidString) < ($1.askedAt, $1.consultationID.uuidString) }
    }

    /// The earliest instant after `now` at which another alert falls due, for scheduling; nil when none can.
    public static func nextCheck(_ consultations: [Consultation], now: Date, policy: ConsultationPolicy = .standard) -> Date? {
        consultations.filter { $0.state == .open }
            .map { $0.askedAt.addingTimeInterval(policy.firstAnswerLimit) }
            .filter { $0 > now }
            .min()
    }

    /// Open and answered-but-short questions for a workbench, oldest first (按等待时长排序).
    public static func byAge(_ consultations: [Consultation], policy: ConsultationPolicy = .standard) -> [Consultation] {
        consultations.filter { ConsultationLifecycle.isOfferedToNewLawyers($0, policy: policy) }
            .sorted { ($0.askedAt, $0.id.uuidString) < ($1.askedAt, $1.id.uuidString) }
    }
}
