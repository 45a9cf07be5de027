import Foundation

/// A staff-added row of the colloquial-to-legal vocabulary (老板 → 用人单位 雇主), checked. The shipped table is
/// the default; these rows add to it when the search index is built.
public struct SearchExpansionRow: Sendable, Equatable {
    /// What citizens say.
    public let colloquial: String
    /// The statutes' words it stands for, in the order typed, without duplicates.
    public let legalTerms: [String]

    public enum Bounds {
        public static let colloquial = 20
        public static let term = 20
        public static let terms = 1...10
    }

    /// Stored as one space-separated column.
    public var legalTermsText: String { legalTerms.joined(separator: " ") }

    public struct Problem: Sendable, Hashable {
        public enum Field: String, Sendable, CaseIterable {
            case colloquial
            case legalTerms = "legal_terms"
        }

        public enum Kind: String, Sendable, CaseIterable {
            case required
            /// Longer than `limit` characters.
            case tooLong
            /// Fewer or more terms than `Bounds.terms`.
            case termCount
            /// A term longer than `limit` characters (`term` says which).
            case termTooLong
            /// The same term typed twice (`term`).
            case duplicateTerm
            /// A term equal to the colloquial word: it would expand to itself.
            case termIsColloquial
            /// Spaces inside the colloquial word: it is matched as one word.
            case containsSpace
        }

        public let field: Field
        public let kind: Kind
        public var limit: Int?
        public var term: String?

        public init(_ field: Field, _ kind: Kind, limit: Int? = nil, term: String? = nil) {
            self.field = field
            self.kind = kind
            self.limit = limit
            self.term = term
        }
    }

    public struct Problems: Error, Sendable, Equatable {
        public let problems: [Problem]
    }

    /// Checks what was typed: the colloquial word non-empty, one word, at most 20 characters; 1–10 legal terms
    /// separated by spaces (or 、，,;；), each at most 20 characters, none repeated. Returns every problem at once.
    public static func parse(colloquial: String, legalTerms: String) -> Result<SearchExpansionRow, Problems> {
        var problems: [Problem] = []
        let word = colloquial.trimmingCharacters(in: .whitespacesAndNewlines)
        if word.isEmpty { problems.append(Problem(.colloquial, .required)) }
        if word.count > Bounds.colloquial { problems.append(Problem(.colloquial, .tooLong, limit: Bounds.colloquial)) }
        if word.contains(where: \.isWhitespace) { problems.append(Problem(.colloquial, .containsSpace)) }
        let separators: Set<Character> = ["、", "，", ",", "；", ";", "/", "|"]
        let typed = legalTerms.split(whereSeparator: { $0.isWhitespace || separators.contains($0) }).map(String.init)
        var terms: [String] = []
        for term in typed {
            if terms.contains(term) {
                if !problems.contains(Problem(.legalTerms, .duplicateTerm, term: term)) { problems.append(Problem(.legalTerms, .duplicateTerm, term: term)) }
                continue
            }
            if term.count > Bounds.term { problems.append(Problem(.legalTerms, .termTooLong, limit: Bounds.term, term: term)) }
            if term == word { problems.append(Problem(.legalTerms, .termIsColloquial, term: term)) }
            terms.append(term)
        }
        if terms.isEmpty {
            problems.append(Problem(.legalTerms, .required))
        } else if !Bounds.terms.contains(terms.count) {
            problems.append(Problem(.legalTerms, .termCount, limit: Bounds.terms.upperBound))
        }
        guard problems.isEmpty else { return .failure(Problems(problems: problems)) }
        return .success(SearchExpansionRow(colloquial: word, legalTerms: terms))
    }

    private init(colloquial: String, legalTerms: [String]) {
        self.colloquial = colloquial
        self.legalTerms = legalTerms
    }
}
