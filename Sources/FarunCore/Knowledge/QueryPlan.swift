/// A question turned into concepts. Each concept is one thing the citizen said (a word, or a colloquial phrase
/// found in the expansion table) with its alternative ways a statute may say it; a document scores the best
/// alternative of each concept, and the concepts add up. So synonyms never count twice, and an article that
/// covers more of the question beats one that repeats one word.
struct QueryPlan: Sendable {
    struct Term: Sendable {
        var key: UInt64
        var weight: Float
        /// The string the key stands for (its length tells how much of a law's name a term covers).
        var scalars: [UInt32]
        var length: Int { scalars.count }
    }

    struct Concept: Sendable {
        /// Each alternative is a sum of terms; the concept takes the best alternative.
        var alternatives: [[Term]]
        var importance: Float
    }

    var concepts: [Concept] = []
    /// Folded strings worth marking in snippets.
    var highlights: [[UInt32]] = []
    /// The citizen asks what they can do or claim (the vocabulary's intent patterns).
    var asksRemedy = false
    /// The citizen asks about a time limit: how long, still in time, too late (the timing patterns).
    var asksTiming = false
    /// The question without its filler words, as typed otherwise (for matching cue phrases character by character).
    var keptText: [UInt32] = []

    static let maxQueryLength = 200
    /// Words of negation, kept when phrases are matched (不签, 没给, 未订立) although they are filler alone.
    static let negators: Set<[UInt32]> = Set(["不", "没", "没有", "未", "别"].map { $0.unicodeScalars.map(\.value) })

    /// `documentFrequency` tells in how many documents a key occurs (unknown long words fall back to parts;
    /// everyday words that statutes hardly use count less).
    init(_ text: String, vocabulary: SearchVocabulary, tuning: SearchTuning, documentFrequency: (UInt64) -> Int) {
        func isIndexed(_ key: UInt64) -> Bool { documentFrequency(key) > 0 }
        var folded = vocabulary.folding.fold(text)
        if folded.count > Self.maxQueryLength { folded = Array(folded.prefix(Self.maxQueryLength)) }
        let lexicon = vocabulary.lexicon
        asksRemedy = vocabulary.articleKinds.asksForRemedy(folded)
        asksTiming = vocabulary.articleKinds.asksTiming(folded)
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
        // filler words go; colloquial phrases are looked for in the question as typed and in what is left
        // once the filler is gone ("不跟我签合同" → "不签合同"), so phrases survive inserted pronouns and particles
        var kept: [Range<Int>] = []
        // characters the dictionary left alone, side by side (入职时 → 入 职 时), are read as one unknown word and
        // matched by their character pairs rather than as loose single characters
        var unknownRuns = Set<Int>()
        for word in words where !vocabulary.stopwords.contains(Array(folded[word])) {
            if word.count == 1, CharacterClass.isHan(folded[word.lowerBound]), let last = kept.last,
               last.upperBound == word.lowerBound, last.count == 1 || unknownRuns.contains(kept.count - 1),
               CharacterClass.isHan(folded[last.lowerBound]) {
                kept[kept.count - 1] = last.lowerBound..<word.upperBound
                unknownRuns.insert(kept.count - 1)
            } else {
                kept.append(word)
            }
        }
        var compact: [UInt32] = []
        var owner: [Int] = []
        for (index, word) in kept.enumerated() {
            compact += folded[word]
            owner += Array(repeating: index, count: word.count)
        }
        keptText = compact
        var phrases: [(words: ClosedRange<Int>, legal: [[UInt32]], scalars: [UInt32])] = []
        func addPhrase(_ words: ClosedRange<Int>, _ legal: [[UInt32]], _ scalars: [UInt32]) {
            if !phrases.contains(where: { $0.scalars == scalars && $0.words == words }) { phrases.append((words, legal, scalars)) }
        }
        // A phrase must start and end where words do, or lie inside one word: 亲生 in 父亲|生前 is no 亲生.
        func aligned(_ range: Range<Int>, _ units: [Range<Int>]) -> Bool {
            units.contains { $0.lowerBound <= range.lowerBound && range.upperBound <= $0.upperBound }
                || (units.contains { $0.lowerBound == range.lowerBound } && units.contains { $0.upperBound == range.upperBound })
        }
        var compactUnits: [Range<Int>] = []
        var offset = 0
        for word in kept {
            compactUnits.append(offset..<(offset + word.count))
            offset += word.count
        }
        for phrase in vocabulary.phrases(in: folded) where aligned(phrase.range, words) {
            // the kept words the phrase touches
            // (a phrase made only of filler, such as 去哪里, stands alone: -1...-1 touches no kept word)
            let touched = kept.indices.filter { kept[$0].overlaps(phrase.range) }
            addPhrase((touched.first ?? -1)...(touched.last ?? -1), phrase.legal, Array(folded[phrase.range]))
        }
        for phrase in vocabulary.phrases(in: compact) where aligned(phrase.range, compactUnits) {
            addPhrase(owner[phrase.range.lowerBound]...owner[phrase.range.upperBound - 1], phrase.legal, Array(compact[phrase.range]))
        }
        // Negation is filler on its own but not inside a phrase: "不跟我签劳动合同" must still meet 不签劳动合同, so
        // the filler is removed once more with the negators kept, each belonging to the word after it.
        let negators = words.filter { Self.negators.contains(Array(folded[$0])) }
        if !negators.isEmpty && !kept.isEmpty {
            var pieces: [(range: Range<Int>, owner: Int)] = kept.enumerated().map { ($0.element, $0.offset) }
            for negator in negators {
                let next = kept.firstIndex { $0.lowerBound > negator.lowerBound } ?? (kept.count - 1)
                pieces.append((negator, next))
            }
            pieces.sort { $0.range.lowerBound < $1.range.lowerBound }
            var withNegation: [UInt32] = []
            var negationOwner: [Int] = []
            var negationUnits: [Range<Int>] = []
            for piece in pieces {
                negationUnits.append(withNegation.count..<(withNegation.count + piece.range.count))
                withNegation += folded[piece.range]
                negationOwner += Array(repeating: piece.owner, count: piece.range.count)
            }
            for phrase in vocabulary.phrases(in: withNegation) where aligned(phrase.range, negationUnits) {
                let first = negationOwner[phrase.range.lowerBound], last = negationOwner[phrase.range.upperBound - 1]
                guard first <= last else { continue }
                addPhrase(first...last, phrase.legal, Array(withNegation[phrase.range]))
            }
        }
        // a phrase inside a longer phrase found at the same place gives way (离职 inside 离职证明)
        phrases = phrases.filter { p in
            !phrases.contains { q in
                q.scalars.count > p.scalars.count && q.words.contains(p.words.lowerBound)
                    && q.words.contains(p.words.upperBound) && q.scalars.contains(subsequence: p.scalars)
            }
        }
        func resolve(_ term: [UInt32], weight: Float) -> [Term] {
            let key = TermKey.of(term)
            if term.count < 3 || !CharacterClass.isHan(term[0]) || isIndexed(key) { return [Term(key: key, weight: weight, scalars: term)] }
            // a long word no document has as a whole: its parts
            let parts = lexicon.segment(term[...], avoidWhole: true).filter { !vocabulary.stopwords.contains(Array(term[$0])) }
            return parts.map { Term(key: TermKey.of(term[$0]), weight: weight * (parts.count > 1 ? tuning.partWeight * 1.5 : 1), scalars: Array(term[$0])) }
        }
        var usedPhrases = Set<Int>()
        var seen = Set<[UInt32]>()
        for (index, word) in kept.enumerated() {
            let scalars = Array(folded[word])
            let isLatin = !CharacterClass.isHan(scalars[0])
            if isLatin && scalars.count < 2 && !(0x30...0x39).contains(scalars[0]) { continue }
            var alternatives: [[Term]]
            if unknownRuns.contains(index) && scalars.count > 2 {
                alternatives = [(0..<(scalars.count - 1)).map {
                    Term(key: TermKey.pair(scalars[$0], scalars[$0 + 1]), weight: tuning.partWeight, scalars: Array(scalars[$0...($0 + 1)]))
                }]
            } else {
                alternatives = [resolve(scalars, weight: 1)]
            }
            // A run may be no word at all (得了啥病全知道了 leaves 病 and 全 side by side): its characters also count
            // one by one, so 病 is not lost to a pair no statute has.
            if unknownRuns.contains(index) && tuning.runCharacterWeight > 0 {
                alternatives.append(scalars.map { Term(key: TermKey.of([$0]), weight: tuning.runCharacterWeight, scalars: [$0]) })
            }
            if scalars.count >= 3 && CharacterClass.isHan(scalars[0]) && !unknownRuns.contains(index) {
                let parts = lexicon.segment(folded[word], avoidWhole: true).filter {
                    !vocabulary.stopwords.contains(Array(scalars[$0]))
                }
                if parts.count > 1 {
                    alternatives.append(parts.map { Term(key: TermKey.of(scalars[$0]), weight: tuning.partWeight, scalars: Array(scalars[$0])) })
                }
            }
            var importance: Float = scalars.count == 1 && !isLatin ? tuning.singleCharacterImportance : 1
            var expanded = false
            for (p, phrase) in phrases.enumerated() {
                if phrase.words == index...index {
                    usedPhrases.insert(p)
                    expanded = true
                    for legal in phrase.legal {
                        alternatives.append(resolve(legal, weight: tuning.expansionWeight))
                        highlights.append(legal)
                    }
                    importance = 1
                } else if phrase.words.contains(index) {
                    importance = min(importance, tuning.insidePhraseImportance)
                }
            }
            // An everyday word that statutes hardly use (衣服, 效果, 整形: frequent in the word list, rare in the
            // index) and that no expansion row translates is weak evidence: where it does occur in a statute the
            // match is mostly incidental. Legal words people type (取保候审, 宅基地) are rare in everyday language
            // and keep their weight.
            if !expanded && scalars.count >= 2 && !isLatin && importance == 1 {
                let everyday = lexicon.frequency(scalars)
                if everyday > 0 && Float(documentFrequency(TermKey.of(scalars))) < tuning.everydayRatio * everyday {
                    importance = tuning.everydayWordImportance
                }
            }
            // a word said twice is one concept
            guard seen.insert(scalars).inserted else { continue }
            concepts.append(Concept(alternatives: alternatives, importance: importance))
            if scalars.count > 1 { highlights.append(scalars) }
        }
        // phrases spanning several words become concepts of their own
        for (p, phrase) in phrases.enumerated() where !usedPhrases.contains(p) {
            guard seen.insert(phrase.scalars).inserted else { continue }
            var alternatives: [[Term]] = [resolve(phrase.scalars, weight: 1)]
            for legal in phrase.legal {
                alternatives.append(resolve(legal, weight: tuning.expansionWeight))
                highlights.append(legal)
            }
            concepts.append(Concept(alternatives: alternatives, importance: 1))
            highlights.append(phrase.scalars)
        }
    }

    /// One line per concept: importance, then the alternatives (terms joined by +, weights in brackets).
    var debugDescription: String {
        func text(_ s: [UInt32]) -> String { String(String.UnicodeScalarView(s.compactMap(Unicode.Scalar.init))) }
        return concepts.map { concept in
            "\(concept.importance): " + concept.alternatives.map { alternative in
                alternative.map { "\(text($0.scalars))[\($0.weight)]" }.joined(separator: "+")
            }.joined(separator: " | ")
        }.joined(separator: "\n")
    }
}

extension Array where Element: Equatable {
    func contains(subsequence: [Element]) -> Bool {
        guard !subsequence.isEmpty, subsequence.count <= count else { return subsequence.isEmpty }
        return (0...(count - subsequence.count)).contains { self[$0..<($0 + subsequence.count)].elementsEqual(subsequence) }
    }
}
