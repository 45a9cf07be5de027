import Foundation

/// The review and handling state machine of a legal aid application (法律援助法 第四十三、四十八、四十九条).
/// Pure: the app stores the result with a timeline entry.
public enum LegalAidLifecycle {
    /// What an action carries.
    public struct Input: Sendable, Hashable {
        /// Written reasons: required to refuse (第四十三条) and to terminate (第四十八条).
        public var reasons: String
        /// The one-time list of every missing material (第四十三条第二款).
        public var missingMaterials: [String]
        /// The date the applicant must reply by (the notice's 补充期限).
        public var replyDue: LocalDate?
        public var terminationGround: TerminationGround?
        public var hasProvider: Bool
        /// The closing report (第五十条): outcome required, amount recovered optional (in fen).
        public var outcome: LegalAidOutcome?
        public var amountRecoveredFen: Int?
        /// For `lapse`: today must be after the reply date.
        public var today: LocalDate?

        public init(reasons: String = "", missingMaterials: [String] = [], replyDue: LocalDate? = nil,
                    terminationGround: TerminationGround? = nil, hasProvider: Bool = false, outcome: LegalAidOutcome? = nil,
                    amountRecoveredFen: Int? = nil, today: LocalDate? = nil) {
            self.reasons = reasons
            self.missingMaterials = missingMaterials
            self.replyDue = replyDue
            self.terminationGround = terminationGround
            self.hasProvider = hasProvider
            self.outcome = outcome
            self.amountRecoveredFen = amountRecoveredFen
            self.today = today
        }
    }

    public enum Problem: Error, Sendable, Hashable {
        case notAllowed(from: LegalAidState, action: LegalAidAction)
        /// 第四十三条: a refusal states its reasons; 第四十八条: so does a termination.
        case reasonsRequired
        /// 第四十三条第二款: the notice lists every missing material, once.
        case missingMaterialsRequired
        /// The notice names the date the applicant must reply by, after the notice day.
        case replyDueRequired
        /// 视为撤回 only after the reply date has passed.
        case replyDueNotPassed
        case terminationGroundRequired
        case providerRequired
        /// 第五十条: the closing report needs the outcome.
        case outcomeRequired
        case amount(AmountProblem)
    }

    static let table: [LegalAidState: [LegalAidAction: LegalAidState]] = [
        .received: [.requestMaterials: .materialsIncomplete, .grant: .granted, .refuse: .refused, .withdraw: .withdrawn],
        .materialsIncomplete: [.supplyMaterials: .received, .lapse: .withdrawn, .withdraw: .withdrawn],
        .granted: [.assign: .assigned, .terminate: .terminated, .withdraw: .withdrawn],
        .assigned: [.assign: .assigned, .startHandling: .handling, .terminate: .terminated, .withdraw: .withdrawn],
        .handling: [.assign: .assigned, .close: .closed, .terminate: .terminated],
        .refused: [.reopen: .received],
        .terminated: [.reopen: .received],
        .withdrawn: [:],
        .closed: [:],
    ]

    /// The actions possible from a state, in declaration order (for buttons and `available_actions`).
    public static func actions(from state: LegalAidState) -> [LegalAidAction] {
        let row = table[state] ?? [:]
        return LegalAidAction.allCases.filter { row[$0] != nil }
    }

    /// The next state, or the first problem. A notice of missing materials can be sent only once per review
    /// round: from `received`, never again while one is open.
    public static func apply(
        _ action: LegalAidAction, to state: LegalAidState, _ input: Input = .init()
    ) -> Result<LegalAidState, Problem> {
        guard let next = table[state]?[action] else { return .failure(.notAllowed(from: state, action: action)) }
        let reasons = input.reasons.trimmingCharacters(in: .whitespacesAndNewlines)
        switch action {
        case .refuse:
            if reasons.isEmpty { return .failure(.reasonsRequired) }
        case .terminate:
            if input.terminationGround == nil { return .failure(.terminationGroundRequired) }
            if reasons.isEmpty { return .failure(.reasonsRequired) }
        case .requestMaterials:
            let items = input.missingMaterials.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
            if items.isEmpty { return .failure(.missingMaterialsRequired) }
            guard let due = input.replyDue, let today = input.today, due > today else { return .failure(.replyDueRequired) }
        case .lapse:
            guard let due = input.replyDue, let today = input.today, today > due else { return .failure(.replyDueNotPassed) }
        case .assign:
            if !input.hasProvider { return .failure(.providerRequired) }
        case .close:
            guard input.outcome != nil else { return .failure(.outcomeRequired) }
            if let fen = input.amountRecoveredFen, case .failure(let problem) = LegalAidAmount.validate(fen: fen) {
                return .failure(.amount(problem))
            }
        default:
            break
        }
        return .success(next)
    }
}

/// Amounts recovered for recipients (追回金额), stored in fen (分) so sums are exact.
public enum LegalAidAmount {
    /// 1 billion yuan: above this an amount is a typing error, not a wage claim.
    public static let maximumFen = 100_000_000_000

    public static func validate(fen: Int) -> Result<Int, AmountProblem> {
        if fen < 0 { return .failure(.negative) }
        if fen > maximumFen { return .failure(.absurd) }
        return .success(fen)
    }

    /// Parses "12345.67", "12,345.6" or "12345" yuan into fen; nil for anything else (three decimals, letters).
    public static func fen(fromYuan text: String) -> Int? {
        let cleaned = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: "")
        guard !cleaned.isEmpty else { return nil }
        let negative = cleaned.hasPrefix("-")
        let body = negative ? String(cleaned.dropFirst()) : cleaned
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), !parts[0].isEmpty, parts[0].count <= 13,
              parts[0].allSatisfy({ $0.isASCII && $0.isNumber }), let yuan = Int(parts[0]) else { return nil }
        var cents = 0
        if parts.count == 2 {
            let decimals = parts[1]
            guard (1...2).contains(decimals.count), decimals.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            cents = Int(decimals.count == 1 ? decimals + "0" : String(decimals)) ?? 0
        }
        let value = yuan * 100 + cents
        return negative ? -value : value
    }

    /// "12,345.67" for documents and CSV.
    public static func yuan(fen: Int) -> String {
        let sign = fen < 0 ? "-" : ""
        let whole = abs(fen) / 100
        let cents = abs(fen) % 100
        var digits = String(whole)
        var grouped = ""
        while digits.count > 3 {
            grouped = "," + digits.suffix(3) + grouped
            digits = String(digits.dropLast(3))
        }
        return sign + digits + grouped + "." + (cents < 10 ? "0" : "") + String(cents)
    }
}

public enum AmountProblem: Error, Sendable, Hashable {
    case negative
    case absurd
}
