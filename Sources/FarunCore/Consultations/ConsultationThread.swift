import Foundation

/// One message in a thread (会话消息): a lawyer's answer or reply, or the citizen's follow-up (追问).
public struct ConsultationEntry: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// 解答: the lawyer's first answer or a reply to a follow-up.
        case answer
        /// 追问: the citizen's follow-up question to this lawyer.
        case followUp = "follow_up"
    }

    public let kind: Kind
    public let at: Date

    public init(kind: Kind, at: Date) {
        self.kind = kind
        self.at = at
    }
}

/// The conversation between the citizen and one lawyer (一对一会话). Follow-ups are unlimited (无限追问) and go
/// only to this lawyer. The text lives in the app's storage; the domain only needs kinds and times.
public struct ConsultationThread: Sendable, Hashable, Codable {
    /// The lawyer's stable key (the app uses the staff user's id).
    public let lawyer: String
    public private(set) var entries: [ConsultationEntry]
    /// The citizen's rating of this lawyer's answers (评价), 1…5.
    public internal(set) var rating: Int?

    init(lawyer: String, firstAnswerAt: Date) {
        self.lawyer = lawyer
        entries = [ConsultationEntry(kind: .answer, at: firstAnswerAt)]
    }

    /// When the lawyer first answered; a thread starts with an answer.
    public var firstAnswerAt: Date { entries[0].at }

    /// The earliest follow-up the lawyer has not replied to yet (待回复的追问); nil when none is waiting.
    /// While set, the consultation does not close itself.
    public var unansweredFollowUpSince: Date? {
        guard let lastAnswer = entries.lastIndex(where: { $0.kind == .answer }) else { return nil }
        return entries[(lastAnswer + 1)...].first?.at
    }

    /// For each follow-up, how long until the lawyer's next reply; follow-ups still waiting are left out.
    public var followUpResponseTimes: [TimeInterval] {
        var times: [TimeInterval] = []
        var waiting: [Date] = []
        for entry in entries {
            switch entry.kind {
            case .followUp: waiting.append(entry.at)
            case .answer:
                times += waiting.map { entry.at.timeIntervalSince($0) }
                waiting.removeAll()
            }
        }
        return times
    }

    public var followUpCount: Int { entries.count { $0.kind == .followUp } }

    /// Rebuilds a stored thread; `entries` must start with the lawyer's first answer (nil otherwise).
    public init?(restoring lawyer: String, entries: [ConsultationEntry], rating: Int?) {
        guard entries.first?.kind == .answer else { return nil }
        self.lawyer = lawyer
        self.entries = entries
        self.rating = rating
    }

    mutating func append(_ entry: ConsultationEntry) {
        entries.append(entry)
    }
}
