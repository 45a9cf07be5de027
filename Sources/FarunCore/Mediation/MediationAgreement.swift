import Foundation

/// 书面 or 口头 agreement (人民调解法第二十八条: the parties may choose an oral agreement; the mediator records it).
public enum AgreementForm: String, Sendable, Codable, CaseIterable {
    case written
    case oral
}

/// The content 人民调解法第二十九条 lists for an agreement, each checked separately so a refusal says which is missing.
public enum AgreementElement: String, Sendable, Codable, CaseIterable {
    /// （一）当事人的基本情况: every party's name and address or ID number.
    case partiesParticulars = "parties_particulars"
    /// （二）纠纷的主要事实
    case facts
    /// （二）争议事项
    case issues
    /// （二）各方当事人的责任
    case responsibilities
    /// （三）当事人达成调解协议的内容
    case terms
    /// （三）履行的方式
    case performanceManner = "performance_manner"
    /// （三）履行的期限
    case performanceDeadline = "performance_deadline"
    /// The committee that mediated (its seal makes the agreement effective, 第二十九条第二款).
    case committee
}

/// A drafted agreement (调解协议书).
public struct AgreementDraft: Sendable, Hashable, Codable {
    public var form: AgreementForm
    /// 人民调解委员会名称.
    public var committeeName: String
    public var parties: [PartyParticulars]
    public var facts: String
    public var issues: String
    public var responsibilities: String
    public var terms: String
    public var performanceManner: String
    public var performanceDeadline: LocalDate?

    public struct PartyParticulars: Sendable, Hashable, Codable {
        public var role: PartyRole
        public var name: String
        public var address: String
        /// Masked on the printed page unless the parties agree otherwise.
        public var residentIDMasked: String
        public init(role: PartyRole, name: String, address: String, residentIDMasked: String) {
            self.role = role
            self.name = name
            self.address = address
            self.residentIDMasked = residentIDMasked
        }
    }

    public init(form: AgreementForm, committeeName: String, parties: [PartyParticulars], facts: String, issues: String,
                responsibilities: String, terms: String, performanceManner: String, performanceDeadline: LocalDate?) {
        self.form = form
        self.committeeName = committeeName
        self.parties = parties
        self.facts = facts
        self.issues = issues
        self.responsibilities = responsibilities
        self.terms = terms
        self.performanceManner = performanceManner
        self.performanceDeadline = performanceDeadline
    }

    /// The template: the parties' particulars and the committee filled in from the record, the facts started from the
    /// dispute summary; the mediator writes the rest with the parties.
    public static func template(committeeName: String, parties: [PartyParticulars], summary: String) -> AgreementDraft {
        AgreementDraft(form: .written, committeeName: committeeName, parties: parties, facts: summary, issues: "",
                       responsibilities: "", terms: "", performanceManner: "", performanceDeadline: nil)
    }

    /// The required content that is missing (人民调解法第二十九条（一）至（三）). An oral agreement needs the same content
    /// recorded by the mediator (第二十八条), except the committee name on a document.
    public var missingElements: [AgreementElement] {
        func blank(_ s: String) -> Bool { s.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        var missing: [AgreementElement] = []
        if parties.count < 2 || parties.contains(where: { blank($0.name) || (blank($0.address) && blank($0.residentIDMasked)) }) {
            missing.append(.partiesParticulars)
        }
        if blank(facts) { missing.append(.facts) }
        if blank(issues) { missing.append(.issues) }
        if blank(responsibilities) { missing.append(.responsibilities) }
        if blank(terms) { missing.append(.terms) }
        if blank(performanceManner) { missing.append(.performanceManner) }
        if performanceDeadline == nil { missing.append(.performanceDeadline) }
        if form == .written && blank(committeeName) { missing.append(.committee) }
        return missing
    }
}

/// Who signs (第二十九条第二款: all parties, the mediator, the committee's seal).
public enum SignatoryKind: String, Sendable, Codable, CaseIterable {
    case party
    case mediator
    /// 加盖人民调解委员会印章.
    case committeeSeal = "committee_seal"
}

/// 签名、盖章或者按指印; 电子签名 (电子签名法第十四条); for an oral agreement, the party's confirmation (第三十条).
public enum SignatureMethod: String, Sendable, Codable, CaseIterable {
    case handwritten
    case seal
    case fingerprint
    case electronic
    case oralConfirmation = "oral_confirmation"
}

public struct AgreementSignature: Sendable, Hashable {
    public var kind: SignatoryKind
    /// The party's index for `.party`.
    public var partyIndex: Int?
    public var method: SignatureMethod
    public var on: LocalDate
    public init(kind: SignatoryKind, partyIndex: Int? = nil, method: SignatureMethod, on: LocalDate) {
        self.kind = kind
        self.partyIndex = partyIndex
        self.method = method
        self.on = on
    }
}

public enum SignatureProblem: Error, Sendable, Hashable {
    case unknownParty
    /// 电子签名法第三条: not for documents on marriage, adoption, inheritance and other personal relations.
    case electronicNotForPersonalRelations
    /// An oral agreement is confirmed, not signed; a written one is signed, not orally confirmed.
    case methodDoesNotFitForm
    case alreadySigned
    /// The seal is a committee's act, the mediator's signature the mediator's: both only on a written agreement.
    case notForOralAgreement
}

public enum AgreementSignatures {
    /// Checks one new signature against the agreement, the dispute type and those already given.
    public static func problem(_ signature: AgreementSignature, form: AgreementForm, disputeType: DisputeType,
                               partyCount: Int, existing: [AgreementSignature]) -> SignatureProblem? {
        if signature.kind == .party {
            guard let index = signature.partyIndex, (0..<partyCount).contains(index) else { return .unknownParty }
        }
        switch form {
        case .oral:
            if signature.kind != .party { return .notForOralAgreement }
            if signature.method != .oralConfirmation { return .methodDoesNotFitForm }
        case .written:
            if signature.method == .oralConfirmation { return .methodDoesNotFitForm }
            if signature.method == .electronic && disputeType.concernsPersonalRelations { return .electronicNotForPersonalRelations }
        }
        if existing.contains(where: { $0.kind == signature.kind && $0.partyIndex == signature.partyIndex }) { return .alreadySigned }
        return nil
    }

    /// The day the agreement takes effect, or nil while something is missing:
    /// written — every party signed, the mediator signed and the seal is affixed, on the last of those days (第二十九条);
    /// oral — every party confirmed, on the last confirmation (第三十条).
    public static func effectiveDate(form: AgreementForm, partyCount: Int, signatures: [AgreementSignature]) -> LocalDate? {
        let partySigned = Set(signatures.filter { $0.kind == .party }.compactMap(\.partyIndex))
        guard partyCount > 0, partySigned == Set(0..<partyCount) else { return nil }
        if form == .written {
            guard signatures.contains(where: { $0.kind == .mediator }),
                  signatures.contains(where: { $0.kind == .committeeSeal }) else { return nil }
        }
        return signatures.map(\.on).max()
    }
}
