import Foundation

/// How a mediator is connected to a party (利害关系), as declared or detected.
public enum ConflictRelation: String, Sendable, Codable, CaseIterable {
    /// The mediator is the party.
    case isParty = "is_party"
    /// 配偶
    case spouse
    /// 近亲属
    case closeRelative = "close_relative"
    /// 其他利害关系 (employer, business partner, landlord …)
    case otherInterest = "other_interest"
}

/// 回避: a mediator who is a party, or related to one, may not handle the dispute. 人民调解法 has no recusal
/// article; Farun enforces it because a mediator may not favour a party (第十五条（一）偏袒一方当事人) and the
/// parties choose or accept the mediator (第二十三条（一）), and mediation rests on equality (第三条（一）).
public enum ConflictOfInterest {
    /// Who the mediator is, by the same keyed hashes the parties' phones and ID numbers are stored under.
    public struct Person: Sendable, Hashable {
        public var name: String
        public var phoneHash: String?
        public var residentIDHash: String?
        public init(name: String, phoneHash: String?, residentIDHash: String?) {
            self.name = name
            self.phoneHash = phoneHash
            self.residentIDHash = residentIDHash
        }
    }

    public struct Finding: Sendable, Hashable {
        public let partyIndex: Int
        public let relation: ConflictRelation
        /// True when found by matching identities, false when declared.
        public let detected: Bool
        public init(partyIndex: Int, relation: ConflictRelation, detected: Bool) {
            self.partyIndex = partyIndex
            self.relation = relation
            self.detected = detected
        }
    }

    /// A declared relation of a mediator to a party (recorded by the mediator or the head).
    public struct Declaration: Sendable, Hashable {
        public var partyIndex: Int
        public var relation: ConflictRelation
        public init(partyIndex: Int, relation: ConflictRelation) {
            self.partyIndex = partyIndex
            self.relation = relation
        }
    }

    /// Every conflict between the mediator and the parties: the declared ones, plus any party whose ID number or
    /// phone hash equals the mediator's, or whose name and phone both match. A name alone is never enough
    /// (同名 is common); an ID number is.
    public static func findings(mediator: Person, parties: [Person], declarations: [Declaration]) -> [Finding] {
        var result = declarations.filter { parties.indices.contains($0.partyIndex) }
            .map { Finding(partyIndex: $0.partyIndex, relation: $0.relation, detected: false) }
        for (index, party) in parties.enumerated() where !result.contains(where: { $0.partyIndex == index && $0.relation == .isParty }) {
            let sameID = mediator.residentIDHash.map { !$0.isEmpty && $0 == party.residentIDHash } ?? false
            let samePhone = mediator.phoneHash.map { !$0.isEmpty && $0 == party.phoneHash } ?? false
            let sameName = normalised(mediator.name) == normalised(party.name) && !normalised(party.name).isEmpty
            if sameID || (samePhone && sameName) {
                result.append(Finding(partyIndex: index, relation: .isParty, detected: true))
            }
        }
        return result
    }

    static func normalised(_ name: String) -> String {
        name.filter { !$0.isWhitespace && $0 != "·" && $0 != "•" }.lowercased()
    }
}
