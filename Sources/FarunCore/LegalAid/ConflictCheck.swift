import Foundation

/// Conflict check (利益冲突审查) on an application's applicant and opposing parties against every earlier party
/// Farun knows (legal aid applications, cases, mediations, work orders): same ID number, same phone (compared
/// as keyed hashes, so no plaintext is needed), or a same or similar name. Pure; the app loads the candidates.
public enum ConflictCheck {
    /// Who a party is, as the check sees it. Hashes are the keyed lookup hashes of the normalised values.
    public struct Identity: Sendable, Hashable {
        public var name: String
        public var residentIDHash: String?
        public var phoneHash: String?

        public init(name: String, residentIDHash: String? = nil, phoneHash: String? = nil) {
            self.name = name
            self.residentIDHash = residentIDHash
            self.phoneHash = phoneHash
        }
    }

    public enum Role: String, Sendable, Hashable, Codable, CaseIterable {
        /// 申请人 / 受援人 (or a mediation party who asked for it)
        case applicant
        /// 对方当事人
        case opponent
    }

    /// A party of an earlier record.
    public struct Earlier: Sendable, Hashable {
        /// e.g. "legal_aid", "mediation", "work_order".
        public var source: String
        /// The record's number, for the officer to open it.
        public var reference: String
        public var role: Role
        public var identity: Identity

        public init(source: String, reference: String, role: Role, identity: Identity) {
            self.source = source
            self.reference = reference
            self.role = role
            self.identity = identity
        }
    }

    public enum Evidence: Sendable, Hashable, Comparable {
        case residentID
        case phone
        case sameName
        /// Names that differ by `distance` characters after normalisation.
        case similarName(distance: Int)
    }

    public struct Match: Sendable, Hashable {
        /// Which party of the new application matched.
        public let role: Role
        public let partyName: String
        public let earlier: Earlier
        public let evidence: [Evidence]

        /// ID number or phone: the same person, not just the same name.
        public var isStrong: Bool { evidence.contains(.residentID) || evidence.contains(.phone) }
        /// The party was on the other side before (the opponent was aided earlier, or the applicant was an
        /// opponent): the agency, and any provider who acted then, may be conflicted.
        public var isAdverse: Bool { role != earlier.role }

        public init(role: Role, partyName: String, earlier: Earlier, evidence: [Evidence]) {
            self.role = role
            self.partyName = partyName
            self.earlier = earlier
            self.evidence = evidence
        }
    }

    /// Every match, strong ones first, then adverse ones, then by reference. A name match alone never hides a
    /// stronger one: each earlier party appears once per checked party with all its evidence.
    public static func check(applicant: Identity, opponents: [Identity], against earlier: [Earlier]) -> [Match] {
        let parties = [(Role.applicant, applicant)] + opponents.map { (Role.opponent, $0) }
        var matches: [Match] = []
        for (role, party) in parties {
            let name = normalisedName(party.name)
            for candidate in earlier {
                var evidence: [Evidence] = []
                if let hash = party.residentIDHash, !hash.isEmpty, hash == candidate.identity.residentIDHash { evidence.append(.residentID) }
                if let hash = party.phoneHash, !hash.isEmpty, hash == candidate.identity.phoneHash { evidence.append(.phone) }
                if let similarity = nameEvidence(name, normalisedName(candidate.identity.name)) { evidence.append(similarity) }
                if !evidence.isEmpty { matches.append(Match(role: role, partyName: party.name, earlier: candidate, evidence: evidence)) }
            }
        }
        return matches.sorted {
            if $0.isStrong != $1.isStrong { return $0.isStrong }
            if $0.isAdverse != $1.isAdverse { return $0.isAdverse }
            return ($0.earlier.reference, $0.role.rawValue) < ($1.earlier.reference, $1.role.rawValue)
        }
    }

    /// Name evidence between two normalised names, or nil.
    /// - Equal names: `sameName`.
    /// - Chinese personal names (2–4 characters) of the same length and surname, 3+ characters long, one
    ///   character apart (张晓明/张小明 typed or heard differently): `similarName(1)`. Two-character names must
    ///   be equal: one character apart is a different person far too often (张伟/张玮).
    /// - Other names (organisations, Latin script) of 6+ characters: within a fifth of the length.
    static func nameEvidence(_ a: String, _ b: String) -> Evidence? {
        guard !a.isEmpty, !b.isEmpty else { return nil }
        if a == b { return .sameName }
        let x = Array(a), y = Array(b)
        if isHanName(x), isHanName(y) {
            guard x.count == y.count, x.count >= 3, x.count <= 4, x[0] == y[0] else { return nil }
            return editDistance(x, y) == 1 ? .similarName(distance: 1) : nil
        }
        let shorter = min(x.count, y.count)
        guard shorter >= 6 else { return nil }
        let distance = editDistance(x, y)
        return distance <= max(1, shorter / 5) ? .similarName(distance: distance) : nil
    }

    static func isHanName(_ chars: [Character]) -> Bool {
        (2...4).contains(chars.count) && chars.allSatisfy(isHan)
    }

    static func isHan(_ c: Character) -> Bool {
        c.unicodeScalars.allSatisfy { (0x4E00...0x9FFF).contains($0.value) || (0x3400...0x4DBF).contains($0.value) }
    }

    /// The name compared: compatibility forms folded (full-width letters), case folded, spaces and the name
    /// separators ·•．.- removed, common traditional surnames simplified, and an organisation's legal-form
    /// suffix (有限责任公司, 股份有限公司, 有限公司 …) dropped, so "某建筑有限责任公司" meets "某建筑有限公司".
    /// Latin names sort their words, so "Wei Zhang" meets "ZHANG Wei".
    public static func normalisedName(_ raw: String) -> String {
        let folded = raw.precomposedStringWithCompatibilityMapping.lowercased()
        let words = folded.split(whereSeparator: { $0.isWhitespace })
        let latin = words.count > 1 && folded.unicodeScalars.allSatisfy { $0.isASCII }
        var text = latin ? words.sorted().joined() : words.joined()
        text.removeAll { "·•．.-‧・_".contains($0) }
        text = String(text.map { traditional[$0] ?? $0 })
        for suffix in organisationSuffixes where text.hasSuffix(suffix) && text.count > suffix.count + 1 {
            text = String(text.dropLast(suffix.count))
            break
        }
        return text
    }

    static let organisationSuffixes = ["股份有限公司", "有限责任公司", "有限公司", "集团公司", "公司", "co.,ltd", "co.ltd", "ltd"]

    /// Traditional forms of common surnames and name characters (enough for names typed on a traditional IME).
    static let traditional: [Character: Character] = [
        "陳": "陈", "張": "张", "劉": "刘", "黃": "黄", "趙": "赵", "楊": "杨", "吳": "吴", "周": "周", "孫": "孙",
        "馬": "马", "鄭": "郑", "謝": "谢", "許": "许", "韓": "韩", "馮": "冯", "鄧": "邓", "蕭": "萧", "葉": "叶",
        "蘇": "苏", "盧": "卢", "蔣": "蒋", "賈": "贾", "魏": "魏", "華": "华", "國": "国", "東": "东", "偉": "伟",
        "藝": "艺", "麗": "丽", "紅": "红", "軍": "军", "龍": "龙", "鳳": "凤", "興": "兴", "發": "发", "勝": "胜",
    ]

    /// Levenshtein distance over characters.
    public static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
