import Foundation

/// A statute article a case or FAQ relies on, as stored: the law's short name and the article's label, which is
/// the article's identity in a statute (之一 articles share their arabic number with the base article).
public struct ArticleReference: Sendable, Hashable, Codable {
    /// As people cite it, without 中华人民共和国: 劳动合同法.
    public var lawName: String
    /// 第八十二条, 第一百三十三条之一.
    public var articleLabel: String
    /// The arabic article number (82, 133 for 第一百三十三条之一).
    public var articleNumber: Int

    public init(lawName: String, articleLabel: String, articleNumber: Int) {
        self.lawName = lawName
        self.articleLabel = articleLabel
        self.articleNumber = articleNumber
    }

    /// 《劳动合同法》第八十二条.
    public var citation: String { "《\(lawName)》\(articleLabel)" }
}

/// Reads the list of linked articles staff type: one reference a line, or separated by 、，,;；. Each may be
/// written as 《劳动合同法》第八十二条, 劳动合同法82条, 民法典第1079条 or just 民法典1079; a piece without a law
/// (第八十五条, 85) takes the law of the piece before it.
public enum ArticleReferenceList {
    public struct Parsed: Sendable, Equatable {
        /// In the order typed, duplicates dropped.
        public var references: [ArticleReference]
        /// Pieces that name no article (shown back to the author as typed).
        public var unreadable: [String]
        /// Pieces with an article but no law before them.
        public var withoutLaw: [String]
    }

    static let separators: Set<Character> = ["\n", "\r", "、", "，", ",", "；", ";", "。"]

    /// Pieces of `text` as the author separated them, trimmed, empty ones dropped.
    public static func pieces(of text: String) -> [String] {
        text.split(whereSeparator: { separators.contains($0) })
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }

    public static func parse(_ text: String, knownLaws: Set<String> = []) -> Parsed {
        parse(pieces: pieces(of: text), knownLaws: knownLaws)
    }

    public static func parse(pieces: [String], knownLaws: Set<String> = []) -> Parsed {
        var result = Parsed(references: [], unreadable: [], withoutLaw: [])
        var lastLaw: String?
        for raw in pieces {
            let piece = raw.trimmingCharacters(in: .whitespaces)
            guard !piece.isEmpty else { continue }
            let citations = read(piece, knownLaws: knownLaws)
            guard !citations.isEmpty else { result.unreadable.append(piece); continue }
            for citation in citations {
                guard let law = citation.law ?? lastLaw else { result.withoutLaw.append(piece); break }
                lastLaw = law
                let reference = ArticleReference(lawName: law, articleLabel: citation.articleText, articleNumber: citation.article)
                if !result.references.contains(reference) { result.references.append(reference) }
            }
        }
        return result
    }

    /// The citations in one piece, trying the shorthand forms when the plain text names none.
    private static func read(_ piece: String, knownLaws: Set<String>) -> [Citation] {
        var candidates = [piece]
        // 民法典1079 / 第1079: the 条 is left out.
        if let last = piece.last, ChineseNumeral.isNumeralCharacter(last) { candidates.append(piece + "条") }
        // 85条 / 八十五 after a law in the piece before: the 第 is left out too.
        if let first = piece.first, ChineseNumeral.isNumeralCharacter(first) {
            candidates += candidates.map { "第" + $0 }
        }
        for candidate in candidates {
            let found = CitationParser.find(in: candidate, knownLaws: knownLaws)
            if !found.isEmpty { return found }
        }
        return []
    }
}
