/// A question turned into concepts. Each concept is one thing the citizen said (a word, or a colloquial phrase
/// found in the expansion table) with its alternative ways a statute may say it; a document scores the best
/// alternative of each concept, and the concepts add up. So synonyms never count twice, and an article that
/// covers more of the question beats one that repeats one word.
struct QueryPlan: Sendable {
    struct Term: Sendable {
        var key: UInt64
        var weight: Float
    }

    struct Concept: Sendable {
        /// Each alternative is a sum of terms; the concept takes the best alternative.
        var alternatives: [[Term]]
        var importance: Float
    }

    var concepts: [Concept] = []
    /// Folded strings worth marking in snippets.
    var highlights: [[UInt32]] = []

    static let maxQueryLength = 200
    static let singleCharacterImportance: Float = 0.4
    static let insidePhraseImportance: Float = 0.5
    static let partWeight: Float = 0.5

    /// `isIndexed` tells whether a word key occurs in some document, so unknown long words fall back to parts.
    init(_ text: String, vocabulary: SearchVocabulary, isIndexed: (UInt64) -> Bool) {
        var folded = vocabulary.folding.fold(text)
        if folded.count > Self.maxQueryLength { folded = Array(folded.prefix(Self.maxQueryLength)) }
        let lexicon = vocabulary.lexicon
        // words of the question
        var words: [Range<Int>] = []
        var i = 0
        while i < folded.count {
            if CharacterClass.isHan(folded[i]) {
                var end = i
                while end < folded.count && CharacterClass.isHan(folded[end]) { end += 1 }
                words += lexicon.segment(folded[i..<end]).map { ($0.lowerBound + i)..<($0.upperBound + i) }
                i = end
            } else if CharacterClass.isLatinOrDigit(folded[i]) {
                var end = i
                while end < folded.count && CharacterClass.isLatinOrDigit(folded[end]) { end += 1 }
                words.append(i..<end)
                i = end
            } else {
                i += 1
            }
        }
        let phrases = vocabulary.phrases(in: folded)
        func resolve(_ term: [UInt32], weight: Float) -> [Term] {
            let key = TermKey.of(term)
            if term.count < 3 || isIndexed(key) { return [Term(key: key, weight: weight)] }
            // a long word no document has as a whole: its parts
            let parts = lexicon.segment(term[...], avoidWhole: true)
            return parts.map { Term(key: TermKey.of(term[$0]), weight: weight * (parts.count > 1 ? Self.partWeight * 1.5 : 1)) }
        }
        var usedPhrases = Set<Int>()
        for word in words {
            let scalars = Array(folded[word])
            if vocabulary.stopwords.contains(scalars) { continue }
            let isLatin = !CharacterClass.isHan(scalars[0])
            if isLatin && scalars.count < 2 && !(0x30...0x39).contains(scalars[0]) { continue }
            var alternatives: [[Term]] = [resolve(scalars, weight: 1)]
            if scalars.count >= 3 && CharacterClass.isHan(scalars[0]) {
                let parts = lexicon.segment(folded[word], avoidWhole: true)
                if parts.count > 1 {
                    alternatives.append(parts.map { Term(key: TermKey.of(scalars[$0]), weight: Self.partWeight) })
                }
            }
            var importance: Float = scalars.count == 1 && !isLatin ? Self.singleCharacterImportance : 1
            for (index, phrase) in phrases.enumerated() {
                if phrase.range == word || (word.contains(phrase.range.lowerBound) && word.contains(phrase.range.upperBound - 1)) {
                    usedPhrases.insert(index)
                    for legal in phrase.legal {
                        alternatives.append(resolve(legal, weight: Float(SearchVocabulary.expansionWeight)))
                        highlights.append(legal)
                    }
                    importance = 1
                } else if phrase.range.contains(word.lowerBound) && phrase.range.contains(word.upperBound - 1) {
                    importance = min(importance, Self.insidePhraseImportance)
                }
            }
            concepts.append(Concept(alternatives: alternatives, importance: importance))
            if scalars.count > 1 { highlights.append(scalars) }
        }
        // phrases spanning several words become concepts of their own
        for (index, phrase) in phrases.enumerated() where !usedPhrases.contains(index) {
            let own = Array(folded[phrase.range])
            var alternatives: [[Term]] = [resolve(own, weight: 1)]
            for legal in phrase.legal {
                alternatives.append(resolve(legal, weight: Float(SearchVocabulary.expansionWeight)))
                highlights.append(legal)
            }
            concepts.append(Concept(alternatives: alternatives, importance: 1))
            highlights.append(own)
        }
    }
}
