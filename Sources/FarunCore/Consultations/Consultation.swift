import Foundation

/// Who wants to answer: a staff member's key and grants (授权). Only answering roles granted at a region that
/// contains the question's region may answer it.
public struct ConsultationLawyer: Sendable, Hashable {
    public let key: String
    public let grants: [Grant]

    public init(key: String, grants: [Grant]) {
        self.key = key
        self.grants = grants
    }

    /// Roles that answer online questions: lawyers, grassroots legal service workers (基层法律服务工作者) and
    /// village legal advisors (村居法律顾问).
    public static let answeringRoles: Set<StaffRole> = [.lawyer, .grassrootsWorker, .communityAdvisor]

    /// Whether one of the grants lets this person answer a question asked in `region`.
    public func mayAnswer(in region: RegionPath) -> Bool {
        grants.contains { Self.answeringRoles.contains($0.role) && $0.regionPath.contains(region) }
    }
}

/// An online legal consultation (在线法律咨询, 快解答): a citizen's question and one thread per answering lawyer.
/// A value: `ConsultationLifecycle.apply` returns the next one, the app stores it with the event.
public struct Consultation: Sendable, Hashable, Codable {
    public let id: UUID
    public let askedAt: Date
    public let regionPath: RegionPath
    public var field: QuestionField
    public internal(set) var state: ConsultationState
    /// In the order lawyers first answered.
    public internal(set) var threads: [ConsultationThread]
    /// The last answer, follow-up or the asking itself (最后活动时间). Ratings are not activity.
    public internal(set) var lastActivityAt: Date
    public internal(set) var closedAt: Date?
    public internal(set) var closeReason: ConsultationCloseReason?
    /// The lawyer whose answer the citizen marked most helpful (最佳解答).
    public internal(set) var bestLawyer: String?
    /// The citizen agreed to publication as an FAQ (同意公开).
    public internal(set) var consentsToPublication: Bool
    public internal(set) var publishedAt: Date?

    public init(id: UUID, askedAt: Date, regionPath: RegionPath, field: QuestionField) {
        self.id = id
        self.askedAt = askedAt
        self.regionPath = regionPath
        self.field = field
        state = .open
        threads = []
        lastActivityAt = askedAt
        closedAt = nil
        closeReason = nil
        bestLawyer = nil
        consentsToPublication = false
        publishedAt = nil
    }

    /// The distinct lawyers who answered, in order; what counts toward N.
    public var answeringLawyers: [String] { threads.map(\.lawyer) }

    public func thread(of lawyer: String) -> ConsultationThread? {
        threads.first { $0.lawyer == lawyer }
    }

    /// When the first answer came (首次解答时间).
    public var firstAnswerAt: Date? { threads.first?.firstAnswerAt }

    /// When the `n`-th distinct lawyer first answered (第 N 位律师解答时间); 1-based.
    public func answerAt(lawyerNumber n: Int) -> Date? {
        n >= 1 && n <= threads.count ? threads[n - 1].firstAnswerAt : nil
    }

    /// Whether some thread holds a follow-up the lawyer has not replied to.
    public var hasUnansweredFollowUp: Bool { threads.contains { $0.unansweredFollowUpSince != nil } }
}

extension Consultation {
    /// Rebuilds a stored consultation (the app's storage keeps every field; `apply` is still the only way to
    /// change one). Threads in the order lawyers first answered.
    public init(restoring id: UUID, askedAt: Date, regionPath: RegionPath, field: QuestionField, state: ConsultationState,
                threads: [ConsultationThread], lastActivityAt: Date, closedAt: Date?, closeReason: ConsultationCloseReason?,
                bestLawyer: String?, consentsToPublication: Bool, publishedAt: Date?) {
        self.init(id: id, askedAt: askedAt, regionPath: regionPath, field: field)
        self.state = state
        self.threads = threads
        self.lastActivityAt = lastActivityAt
        self.closedAt = closedAt
        self.closeReason = closeReason
        self.bestLawyer = bestLawyer
        self.consentsToPublication = consentsToPublication
        self.publishedAt = publishedAt
    }
}
