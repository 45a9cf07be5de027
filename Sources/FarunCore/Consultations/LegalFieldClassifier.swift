import Foundation

/// Suggests the legal field of a question from its words (领域自动识别). The citizen may correct it.
///
/// The knowledge is data: lines `field<TAB>phrase<TAB>weight` (field = a `LegalField` raw value; `#` starts a
/// comment), which the app loads from Resources/consultations/field-keywords.txt. A field's score is the sum of
/// weight × occurrences (at most 3 per phrase, so one repeated word cannot swamp the rest).
public struct LegalFieldClassifier: Sendable {
    public struct Keyword: Sendable, Hashable {
        public let field: LegalField
        public let phrase: String
        public let weight: Double
    }

    /// A line the table could not use.
    public struct TableProblem: Sendable, Hashable {
        public let line: Int
        public let text: String
    }

    public struct Suggestion: Sendable, Hashable {
        /// The best field, or `.other` when no field scored at least the minimum.
        public let field: QuestionField
        /// The best field's share of all scores, 0…1 (0 for `.other`).
        public let confidence: Double
        /// The second best field with a positive score.
        public let runnerUp: LegalField?
        public let scores: [LegalField: Double]
    }

    public let keywords: [Keyword]
    public let problems: [TableProblem]
    /// Below this score the suggestion is `.other`.
    public let minimumScore: Double

    public init(table: String, minimumScore: Double = 1) {
        var keywords: [Keyword] = []
        var problems: [TableProblem] = []
        for (index, raw) in table.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !line.isEmpty, !line.hasPrefix("#") else { continue }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard columns.count == 3, let field = LegalField(rawValue: columns[0]), !columns[1].isEmpty,
                  let weight = Double(columns[2]), weight > 0
            else {
                problems.append(TableProblem(line: index + 1, text: line))
                continue
            }
            keywords.append(Keyword(field: field, phrase: Self.fold(columns[1]), weight: weight))
        }
        self.keywords = keywords
        self.problems = problems
        self.minimumScore = minimumScore
    }

    public func suggest(_ text: String) -> Suggestion {
        let folded = Self.fold(text)
        var scores: [LegalField: Double] = [:]
        for keyword in keywords {
            let count = min(3, folded.components(separatedBy: keyword.phrase).count - 1)
            if count > 0 { scores[keyword.field, default: 0] += keyword.weight * Double(count) }
        }
        let ranked = scores.sorted { ($0.value, $1.key.rawValue) > ($1.value, $0.key.rawValue) }
        let total = scores.values.reduce(0, +)
        guard let best = ranked.first, best.value >= minimumScore else {
            return Suggestion(field: .other, confidence: 0, runnerUp: ranked.first?.key, scores: scores)
        }
        return Suggestion(field: .known(best.key), confidence: best.value / total,
                          runnerUp: ranked.dropFirst().first?.key, scores: scores)
    }

    /// Full-width letters and digits to ASCII, lower case; so "ＡＢ" and "ab" are the same phrase.
    static func fold(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0xFF01...0xFF5E: scalars.append(Unicode.Scalar(scalar.value - 0xFEE0)!)
            case 0x3000: scalars.append(" ")
            default: scalars.append(scalar)
            }
        }
        return String(scalars).lowercased()
    }
}
