import Foundation

/// What happens to a consultation (咨询事件). Times come from the caller's clock; two instances' clocks may
/// disagree slightly, so an event older than the last activity is accepted (never lost) and does not move it back.
public enum ConsultationEvent: Sendable, Hashable {
    /// A lawyer answers: a first answer opens their thread, later ones reply to follow-ups.
    case answer(ConsultationLawyer, at: Date)
    /// The citizen follows up (追问) in the thread of `lawyer`.
    case followUp(lawyer: String, at: Date)
    /// The citizen rates a lawyer's answers, 1…5 (评价).
    case rate(lawyer: String, score: Int)
    /// The citizen marks one lawyer's answer as the most helpful (最佳解答).
    case markBest(lawyer: String)
    /// The citizen agrees (or withdraws agreement) to publication as an FAQ.
    case consentToPublication(Bool)
    /// The citizen closes the consultation.
    case closeByCitizen(at: Date)
    /// The sweeper closes an inactive consultation (逾期关闭).
    case closeForInactivity(at: Date)
    /// Staff publish the reviewed question and best answer as an FAQ (发布为常见问题). `reviewed` says that a
    /// staff member removed the personal data; the app records who.
    case publish(at: Date, reviewed: Bool)
}

/// Why an event was refused (操作被拒绝的原因).
public enum ConsultationProblem: Error, Sendable, Hashable {
    /// The consultation is closed or published: no answers or follow-ups (已关闭).
    case closed
    /// The person may not answer questions of this region, or holds no answering role (超出授权范围).
    case outsideGrant
    /// N distinct lawyers have answered; only they continue (已满额).
    case enoughLawyers
    /// No thread with this lawyer: a follow-up, rating or best mark needs the lawyer's answer first.
    case noSuchThread
    case ratingOutOfRange
    /// Automatic closing before the inactivity limit.
    case stillActive
    /// Automatic closing while a follow-up waits for its reply.
    case followUpAwaitingReply
    /// Already closed (by the citizen or automatically).
    case alreadyClosed
    /// Publication needs a closed consultation.
    case notClosed
    case noConsent
    case notReviewed
    /// Publication needs a best answer.
    case noBestAnswer
}

/// Problems with the question text itself (问题内容).
public enum QuestionTextProblem: Error, Sendable, Hashable {
    case empty
    case tooLong(maximum: Int)
}

/// The consultation state machine (咨询流转). Pure: `apply` returns the next value or a typed problem.
public enum ConsultationLifecycle {
    /// Trims the question and checks its length; the masking of personal data is separate
    /// (`PersonalDataMasking`).
    public static func validateQuestion(_ text: String, policy: ConsultationPolicy = .standard) throws(QuestionTextProblem) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw .empty }
        guard trimmed.count <= policy.maximumQuestionLength else { throw .tooLong(maximum: policy.maximumQuestionLength) }
        return trimmed
    }

    public static func apply(_ event: ConsultationEvent, to consultation: Consultation,
                             policy: ConsultationPolicy = .standard) throws(ConsultationProblem) -> Consultation {
        var next = consultation
        switch event {
        case let .answer(lawyer, at):
            try requireActive(consultation)
            if let index = next.threads.firstIndex(where: { $0.lawyer == lawyer.key }) {
                // A second answer by the same lawyer is a reply in their thread and does not count again toward N.
                next.threads[index].append(.init(kind: .answer, at: at))
            } else {
                guard lawyer.mayAnswer(in: consultation.regionPath) else { throw .outsideGrant }
                guard next.threads.count < policy.requiredLawyers else { throw .enoughLawyers }
                next.threads.append(ConsultationThread(lawyer: lawyer.key, firstAnswerAt: at))
            }
            next.lastActivityAt = max(next.lastActivityAt, at)
            next.state = next.threads.count >= policy.requiredLawyers ? .fullyAnswered : .answered
        case let .followUp(lawyer, at):
            try requireActive(consultation)
            guard let index = next.threads.firstIndex(where: { $0.lawyer == lawyer }) else { throw .noSuchThread }
            next.threads[index].append(.init(kind: .followUp, at: at))
            next.lastActivityAt = max(next.lastActivityAt, at)
        case let .rate(lawyer, score):
            guard consultation.state != .published else { throw .closed }
            guard (1...5).contains(score) else { throw .ratingOutOfRange }
            guard let index = next.threads.firstIndex(where: { $0.lawyer == lawyer }) else { throw .noSuchThread }
            next.threads[index].rating = score
        case let .markBest(lawyer):
            guard consultation.state != .published else { throw .closed }
            guard consultation.thread(of: lawyer) != nil else { throw .noSuchThread }
            next.bestLawyer = lawyer
        case let .consentToPublication(consent):
            guard consultation.state != .published else { throw .closed }
            next.consentsToPublication = consent
        case let .closeByCitizen(at):
            guard consultation.state.isActive else { throw .alreadyClosed }
            next.close(.citizen, at: at)
        case let .closeForInactivity(at):
            guard consultation.state.isActive else { throw .alreadyClosed }
            guard !consultation.hasUnansweredFollowUp else { throw .followUpAwaitingReply }
            guard at.timeIntervalSince(consultation.lastActivityAt) >= policy.inactivityLimit else { throw .stillActive }
            next.close(.inactivity, at: at)
        case let .publish(at, reviewed):
            guard consultation.state == .closed else { throw consultation.state == .published ? .closed : .notClosed }
            guard consultation.consentsToPublication else { throw .noConsent }
            guard consultation.bestLawyer != nil else { throw .noBestAnswer }
            guard reviewed else { throw .notReviewed }
            next.state = .published
            next.publishedAt = at
        }
        return next
    }

    /// Whether the sweeper should close `consultation` at `now` (the same test as `closeForInactivity`).
    public static func isDueForAutoClose(_ consultation: Consultation, at now: Date, policy: ConsultationPolicy = .standard) -> Bool {
        (try? apply(.closeForInactivity(at: now), to: consultation, policy: policy)) != nil
    }

    /// Whether a new lawyer may still join (the question is still offered on workbenches).
    public static func isOfferedToNewLawyers(_ consultation: Consultation, policy: ConsultationPolicy = .standard) -> Bool {
        consultation.state.isActive && consultation.threads.count < policy.requiredLawyers
    }

    private static func requireActive(_ consultation: Consultation) throws(ConsultationProblem) {
        guard consultation.state.isActive else { throw .closed }
    }
}

extension Consultation {
    fileprivate mutating func close(_ reason: ConsultationCloseReason, at: Date) {
        state = .closed
        closeReason = reason
        closedAt = at
    }
}
