import Foundation

/// 调解方式.
public enum SessionMode: String, Sendable, Codable, CaseIterable {
    case inPerson = "in_person"
    case phone
    case video
}

/// One mediation session (调解记录, kept for the file: 人民调解法第二十七条).
public struct MediationSessionRecord: Sendable, Hashable {
    public var mode: SessionMode
    public var at: Date
    /// 地点 for an in-person session.
    public var place: String
    /// The meeting link (video) or the numbers called (phone).
    public var link: String
    /// 参加人员, one per line.
    public var participants: [String]
    /// 调解笔录.
    public var notes: String

    public init(mode: SessionMode, at: Date, place: String = "", link: String = "", participants: [String], notes: String) {
        self.mode = mode
        self.at = at
        self.place = place
        self.link = link
        self.participants = participants
        self.notes = notes
    }
}

public enum SessionProblem: Error, Sendable, Hashable {
    case placeMissing
    case linkMissing
    /// Video links must be https (the parties' details travel over it).
    case linkNotHTTPS
    case participantsMissing
    case notesMissing
    /// A session cannot be recorded for a time after now (a plan is not a record).
    case inFuture
}

extension MediationSessionRecord {
    /// Everything wrong with the record (a session can be recorded late, never ahead of time; five minutes of
    /// clock skew between devices are tolerated).
    public func problems(now: Date) -> [SessionProblem] {
        var problems: [SessionProblem] = []
        let place = place.trimmingCharacters(in: .whitespacesAndNewlines)
        let link = link.trimmingCharacters(in: .whitespacesAndNewlines)
        switch mode {
        case .inPerson where place.isEmpty: problems.append(.placeMissing)
        case .video where link.isEmpty: problems.append(.linkMissing)
        case .video where !link.lowercased().hasPrefix("https://"): problems.append(.linkNotHTTPS)
        default: break
        }
        if participants.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { problems.append(.participantsMissing) }
        if notes.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { problems.append(.notesMissing) }
        if at > now.addingTimeInterval(300) { problems.append(.inFuture) }
        return problems
    }
}
