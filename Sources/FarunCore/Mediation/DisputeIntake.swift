import Foundation

/// One party to a dispute as entered at intake. Phone and ID number are plain here; the app encrypts them.
public struct DisputeParty: Sendable, Hashable, Codable {
    public var role: PartyRole
    public var name: String
    /// Mobile or landline (normalised by the app).
    public var phone: String
    public var residentID: String?
    /// 住址 or, for an organisation, its seat: part of 当事人的基本情况 (人民调解法第二十九条（一）).
    public var address: String
    public var consent: MediationConsent

    public init(role: PartyRole, name: String, phone: String, residentID: String? = nil, address: String = "", consent: MediationConsent) {
        self.role = role
        self.name = name
        self.phone = phone
        self.residentID = residentID
        self.address = address
        self.consent = consent
    }
}

/// What the intake form collects besides the work order's own fields.
public struct DisputeFacts: Sendable, Hashable {
    public var type: DisputeType
    public var urgency: DisputeUrgency
    public var amount: DisputeAmount?
    public var parties: [DisputeParty]
    /// 纠纷简要情况.
    public var summary: String

    public init(type: DisputeType, urgency: DisputeUrgency, amount: DisputeAmount?, parties: [DisputeParty], summary: String) {
        self.type = type
        self.urgency = urgency
        self.amount = amount
        self.parties = parties
        self.summary = summary
    }
}

/// Why a dispute cannot be registered or mediated. Each case names the rule it enforces.
public enum MediationProblem: Error, Sendable, Hashable {
    /// A dispute needs an applicant and at least one other party.
    case partiesMissing
    case partyNameMissing(index: Int)
    /// The applicant must be reachable.
    case applicantContactMissing
    /// 人民调解法第十七条: 当事人一方明确拒绝调解的，不得调解.
    case partyRefusesMediation(index: Int)
    /// 人民调解法第三条（一）: voluntariness must be recorded before mediation starts.
    case consentNotRecorded(index: Int)
    case summaryMissing
    case amount(DisputeAmount.Problem)
    /// The action is not possible in the dispute's stage.
    case notAllowed(from: MediationStage, action: MediationAction)
    /// 人民调解法第十五条（一）, 第二十三条（一）: a mediator who is a party or related to one may not handle it.
    case conflictOfInterest
    case sessionInvalid(SessionProblem)
    case agreementIncomplete([AgreementElement])
    case signatureInvalid(SignatureProblem)
    /// 人民调解法第二十六条: a failure needs its reason, and the parties are told the other routes.
    case failureReasonMissing
    case visitInvalid
    case screeningInvalid(ScreeningProblem)
}

public enum DisputeIntake {
    /// Checks the facts: at least two parties with names, a reachable applicant, voluntariness asked of every
    /// party that is present and nobody refusing. Everything wrong is reported at once.
    ///
    /// `requireAllConsents`: at a mediation point the mediator asks every party present, so every consent must be
    /// answered; an online applicant can only speak for themself, and the other side is asked before the first
    /// session (see `MediationLifecycle`).
    public static func validate(_ facts: DisputeFacts, requireAllConsents: Bool) -> [MediationProblem] {
        var problems: [MediationProblem] = []
        let applicants = facts.parties.filter { $0.role == .applicant }
        if applicants.isEmpty || facts.parties.count < 2 { problems.append(.partiesMissing) }
        for (index, party) in facts.parties.enumerated() {
            if party.name.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { problems.append(.partyNameMissing(index: index)) }
            switch party.consent {
            case .refuses: problems.append(.partyRefusesMediation(index: index))
            case .notYetAsked where requireAllConsents || party.role == .applicant: problems.append(.consentNotRecorded(index: index))
            default: break
            }
        }
        if let applicant = applicants.first, applicant.phone.trimmingCharacters(in: .whitespaces).isEmpty {
            problems.append(.applicantContactMissing)
        }
        if facts.summary.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { problems.append(.summaryMissing) }
        return problems
    }

    /// Whether mediation may begin (first session): every party has agreed (第三条（一）, 第十七条).
    public static func consentProblems(_ parties: [DisputeParty]) -> [MediationProblem] {
        parties.enumerated().compactMap { index, party in
            switch party.consent {
            case .agrees: nil
            case .refuses: .partyRefusesMediation(index: index)
            case .notYetAsked: .consentNotRecorded(index: index)
            }
        }
    }
}
