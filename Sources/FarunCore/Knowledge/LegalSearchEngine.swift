import Foundation

/// Knobs of the ranking; the defaults are what the evaluation sets were measured with (docs/search.md).
public struct SearchTuning: Sendable {
    /// A heading (chapter/section) word counts this much against one in an article's text.
    public var articleHeadingWeight: Float = 0.5
    /// A word of an article's citizen-language cues (`article-cues.txt`) counts this much against one in its text.
    public var cueWeight: Float = 1
    /// BM25's term-frequency saturation and length normalisation.
    public var k1: Float = 1.2
    public var b: Float = 0.75
    /// A case or FAQ title word counts this much against one in its body.
    public var entryTitleWeight: Float = 2
    /// An expansion term counts this much against the citizen's own word: their words are what they mean, the
    /// legal term is our guess at how a statute says it.
    public var expansionWeight: Float = 0.8
    /// The parts of a long word (电动车 → 电动 + 车), as a fallback alternative.
    public var partWeight: Float = 0.5
    /// One-character words (房, 狗, 钱) matter less than words.
    public var singleCharacterImportance: Float = 0.4
    /// Words inside a colloquial phrase also stand alone, at this importance (不要我了 → 不要).
    public var insidePhraseImportance: Float = 0.5
    /// Score × (1 + coverage × share of the question's concepts the document covers).
    public var coverage: Float = 1
    /// Law stage: an article's score × (1 + lawEvidence × its law's evidence / the best law's evidence).
    public var lawEvidence: Float = 1
    /// How a law's evidence is gathered: 0 = each concept's best article in the law, summed; 1 = the law's
    /// best articles (top + half the second + a third of the third).
    public var lawMode: Int = 0
    /// A concept that names a law (covers ≥ 60 % of its short name) adds this × its best score to the law.
    public var lawNameMatch: Float = 1
    /// Section stage: as the law stage, for the chapter/section an article stands in.
    public var sectionEvidence: Float = 0.25
    /// A question word with no expansion whose index document frequency is below everydayRatio × its word-list
    /// frequency is an everyday word statutes hardly use; its concept counts this much.
    public var everydayRatio: Float = 0.05
    public var everydayWordImportance: Float = 0.5
    /// Apply the vocabulary's law priors (everyday laws first).
    public var lawPriors = true
    /// Score × (1 + citationPrior × log(1 + articles of the same law that cite this one)).
    public var citationPrior: Float = 0.05
    /// When the question asks for a remedy: remedy articles × (1 + remedyBoost), organisational ones ×
    /// (1 − organisationPenalty). remedyAlways = true applies it to every question.
    public var remedyBoost: Float = 0.1
    public var organisationPenalty: Float = 0.2
    public var remedyAlways = false
    /// When the question asks about a time limit (多少天, 来得及, 过了三年还能…): articles that set one × (1 + deadlineBoost).
    public var deadlineBoost: Float = 0.3
    /// Characters the dictionary left alone side by side are read as one unknown word (its character pairs); each
    /// character also stands alone at this weight, as a further alternative.
    public var runCharacterWeight: Float = 0.5
    /// The cue channels fused with the text ranking before the law stage (docs/search.md, "Cue channels"): the cue
    /// field's own BM25 ranking (saturation cueK1, length normalisation cueB over cue lengths) adds
    /// cueChannel × (its score / its best score) × the best text score; the best-matching cue phrase adds
    /// cuePhrase × (its overlap with the question, 0…1) × the best text score. 0 turns a channel off.
    public var cueChannel: Float = 0.3
    public var cueK1: Float = 1.2
    public var cueB: Float = 0.3
    public var cuePhrase: Float = 0.6
    /// Terms rarer than this idf are not worth reading their postings (speed).
    public var minimumIDF: Float = 0

    public init() {}
}

/// The knowledge base's search: statutes, typical cases and FAQ in one ranking. Immutable and Sendable; a change
/// of cases or FAQ makes a new engine with `replacing(_:with:)`, sharing the statute index.
public final class LegalSearchEngine: Sendable {
    let vocabulary: SearchVocabulary
    let segments: [SearchSegment]
    let tuning: SearchTuning

    public init(documents: [SearchDocument], vocabulary: SearchVocabulary, tuning: SearchTuning = SearchTuning()) {
        self.vocabulary = vocabulary
        self.tuning = tuning
        segments = SearchDocument.Kind.allCases.map { kind in
            Self.segment(kind, documents.filter { $0.kind == kind }, vocabulary, tuning)
        }
    }

    private init(vocabulary: SearchVocabulary, segments: [SearchSegment], tuning: SearchTuning) {
        self.vocabulary = vocabulary
        self.segments = segments
        self.tuning = tuning
    }

    private static func segment(
        _ kind: SearchDocument.Kind, _ documents: [SearchDocument], _ vocabulary: SearchVocabulary, _ tuning: SearchTuning
    ) -> SearchSegment {
        SearchSegment(
            kind: kind, documents: documents, vocabulary: vocabulary,
            headingWeight: kind == .article ? tuning.articleHeadingWeight : tuning.entryTitleWeight,
            cueWeight: tuning.cueWeight, k1: tuning.k1, b: tuning.b, cueK1: tuning.cueK1, cueB: tuning.cueB)
    }

    /// A new engine whose documents of `kinds` are `documents` (documents of other kinds in the list are
    /// ignored); the other kinds' indexes are shared, not rebuilt.
    public func replacing(_ kinds: Set<SearchDocument.Kind>, with documents: [SearchDocument]) -> LegalSearchEngine {
        let segments = segments.map { segment in
            kinds.contains(segment.kind)
                ? Self.segment(segment.kind, documents.filter { $0.kind == segment.kind }, vocabulary, tuning)
                : segment
        }
        return LegalSearchEngine(vocabulary: vocabulary, segments: segments, tuning: tuning)
    }

    /// The same index with another vocabulary for questions (e.g. staff added expansions); nothing is rebuilt.
    public func replacing(vocabulary: SearchVocabulary) -> LegalSearchEngine {
        LegalSearchEngine(vocabulary: vocabulary, segments: segments, tuning: tuning)
    }

    /// How a question is understood (concepts and their alternatives), for the lab bench and debugging.
    public func explain(_ text: String) -> String {
        QueryPlan(text, vocabulary: vocabulary, tuning: tuning, documentFrequency: documentFrequency).debugDescription
    }

    func documentFrequency(_ key: UInt64) -> Int {
        segments.reduce(0) { total, segment in total + (segment.termIDs[key].map(segment.documentFrequency) ?? 0) }
    }

    public var documentCount: Int { segments.reduce(0) { $0 + $1.count } }

    /// The indexed document with this key (e.g. to map a hit to its law and article number).
    public func document(forKey key: String) -> SearchDocument? {
        for segment in segments {
            if let index = segment.indexByKey[key] { return segment.documents[Int(index)] }
        }
        return nil
    }

    // MARK: - Search

    public func search(_ query: SearchQuery) -> [SearchHit] {
        let limit = min(max(query.limit, 0), 200)
        guard limit > 0 else { return [] }
        let plan = QueryPlan(query.text, vocabulary: vocabulary, tuning: tuning, documentFrequency: documentFrequency)
        guard !plan.concepts.isEmpty else { return [] }
        let total = Float(max(documentCount, 1))
        func idf(_ key: UInt64) -> Float {
            var df = 0
            for segment in segments {
                if let id = segment.termIDs[key] { df += segment.documentFrequency(id) }
            }
            guard df > 0 else { return 0 }
            return log(1 + (total - Float(df) + 0.5) / (Float(df) + 0.5))
        }
        var idfs: [UInt64: Float] = [:]
        for concept in plan.concepts {
            for alternative in concept.alternatives {
                for term in alternative where idfs[term.key] == nil { idfs[term.key] = idf(term.key) }
            }
        }
        let importanceSum = plan.concepts.reduce(Float(0)) { $0 + $1.importance }
        var top = TopHits(limit: limit)
        for (s, segment) in segments.enumerated() {
            if let kinds = query.kinds, !kinds.contains(segment.kind) { continue }
            if (query.lawName != nil || query.department != nil) && segment.kind != .article { continue }
            scoreSegment(segment, plan: plan, idfs: idfs, importanceSum: importanceSum) { d, score in
                let current = segment.isCurrent[d]
                if !current && !query.includeSuperseded { return }
                // cheap rejection before any string comparison
                guard top.admits(current: current, score: score) else { return }
                if query.lawName != nil || query.department != nil {
                    let document = segment.documents[d]
                    if let law = query.lawName, document.lawName != law && document.lawShortName != law { return }
                    if let department = query.department, document.department != department { return }
                }
                top.insert(.init(segment: s, document: d, score: score, current: current))
            }
        }
        return top.hits.map { c in
            let segment = segments[c.segment]
            let snippet = SnippetBuilder.snippet(
                text: segment.documents[c.document].text, folded: segment.foldedTexts[c.document],
                highlights: plan.highlights)
            return SearchHit(key: segment.documents[c.document].key, score: Double(c.score), snippet: snippet)
        }
    }

    private func scoreSegment(
        _ segment: SearchSegment, plan: QueryPlan, idfs: [UInt64: Float], importanceSum: Float,
        _ emit: (Int, Float) -> Void
    ) {
        let n = segment.count
        guard n > 0 else { return }
        var totalScore = [Float](repeating: 0, count: n)
        var covered = [Float](repeating: 0, count: n)
        var conceptBest = [Float](repeating: 0, count: n)
        var alternativeScore = [Float](repeating: 0, count: n)
        var touched: [Int32] = []
        var conceptTouched: [Int32] = []
        var alternativeTouched: [Int32] = []
        let lawCount = segment.laws.count
        var lawEvidence = [Float](repeating: 0, count: lawCount)
        var lawBest = [Float](repeating: 0, count: lawCount)
        // the same at the level of a law's chapter/section (the heading): which part of the law fits
        let sectionCount = segment.sectionCount
        var sectionEvidence = [Float](repeating: 0, count: sectionCount)
        var sectionBest = [Float](repeating: 0, count: sectionCount)
        var sectionTouched: [Int32] = []
        var lawNamed = [Bool](repeating: false, count: lawCount)
        var isTouched = [Bool](repeating: false, count: n)
        for concept in plan.concepts {
            for alternative in concept.alternatives {
                for term in alternative {
                    guard let id = segment.termIDs[term.key], let idf = idfs[term.key], idf > tuning.minimumIDF else { continue }
                    let weight = idf * term.weight
                    let start = Int(segment.postingStart[Int(id)]), end = Int(segment.postingStart[Int(id) + 1])
                    segment.postingDocument.withUnsafeBufferPointer { docs in
                        segment.postingWeight.withUnsafeBufferPointer { weights in
                            alternativeScore.withUnsafeMutableBufferPointer { scores in
                                for p in start..<end {
                                    let d = Int(docs[p])
                                    if scores[d] == 0 { alternativeTouched.append(docs[p]) }
                                    scores[d] += weight * weights[p]
                                }
                            }
                        }
                    }
                }
                for d32 in alternativeTouched {
                    let d = Int(d32)
                    if conceptBest[d] == 0 { conceptTouched.append(d32) }
                    conceptBest[d] = max(conceptBest[d], alternativeScore[d])
                    alternativeScore[d] = 0
                }
                alternativeTouched.removeAll(keepingCapacity: true)
            }
            var conceptMax: Float = 0
            for d32 in conceptTouched {
                let d = Int(d32)
                let score = conceptBest[d] * concept.importance
                totalScore[d] += score
                covered[d] += concept.importance
                conceptMax = max(conceptMax, score)
                if !isTouched[d] {
                    isTouched[d] = true
                    touched.append(d32)
                }
                let law = Int(segment.documentLaw[d])
                if law >= 0 && segment.isCurrent[d] { lawBest[law] = max(lawBest[law], score) }
                let section = Int(segment.documentSection[d])
                if section >= 0 && segment.isCurrent[d] {
                    if sectionBest[section] == 0 { sectionTouched.append(Int32(section)) }
                    sectionBest[section] = max(sectionBest[section], score)
                }
                conceptBest[d] = 0
            }
            conceptTouched.removeAll(keepingCapacity: true)
            for s in sectionTouched {
                sectionEvidence[Int(s)] += sectionBest[Int(s)]
                sectionBest[Int(s)] = 0
            }
            sectionTouched.removeAll(keepingCapacity: true)
            if lawCount > 0 {
                for alternative in concept.alternatives {
                    for term in alternative where term.key >= TermKey.pairTag {
                        for law in segment.lawsByNameKey[term.key] ?? []
                        where Float(term.length) >= 0.6 * Float(segment.laws[Int(law)].nameLength) {
                            lawNamed[Int(law)] = true
                        }
                    }
                }
                for law in 0..<lawCount {
                    if tuning.lawMode == 0 { lawEvidence[law] += lawBest[law] }
                    if lawNamed[law] { lawEvidence[law] += tuning.lawNameMatch * conceptMax }
                    lawBest[law] = 0
                    lawNamed[law] = false
                }
            }
        }
        if tuning.lawMode == 1 && lawCount > 0 {
            var top = [[Float]](repeating: [0, 0, 0], count: lawCount)
            for d32 in touched {
                let d = Int(d32)
                let law = Int(segment.documentLaw[d])
                guard law >= 0, segment.isCurrent[d] else { continue }
                let score = totalScore[d] * (1 + tuning.coverage * covered[d] / max(importanceSum, 1e-6))
                if score > top[law][0] {
                    top[law] = [score, top[law][0], top[law][1]]
                } else if score > top[law][1] {
                    top[law] = [top[law][0], score, top[law][1]]
                } else if score > top[law][2] {
                    top[law][2] = score
                }
            }
            for law in 0..<lawCount { lawEvidence[law] += top[law][0] + top[law][1] / 2 + top[law][2] / 3 }
        }
        // the cue channels: documents they reach join the text's, and their scores join before the law stage
        func base(_ d: Int) -> Float { totalScore[d] * (1 + tuning.coverage * covered[d] / max(importanceSum, 1e-6)) }
        let field = tuning.cueChannel > 0 ? cueFieldScores(segment.cueIndex, plan: plan, importanceSum: importanceSum, count: n) : nil
        let phrase = tuning.cuePhrase > 0 ? cuePhraseScores(segment.cuePhrases, plan: plan, count: n) : nil
        for channel in [field, phrase] {
            for d32 in channel?.touched ?? [] where !isTouched[Int(d32)] {
                isTouched[Int(d32)] = true
                touched.append(d32)
            }
        }
        var maxText: Float = 0, maxField: Float = 0
        for d32 in touched {
            maxText = max(maxText, base(Int(d32)))
            if let field { maxField = max(maxField, field.scores[Int(d32)]) }
        }
        let fieldScale = maxField > 0 ? tuning.cueChannel * maxText / maxField : 0
        let phraseScale = tuning.cuePhrase * maxText
        let bestLaw = lawEvidence.max() ?? 0
        let bestSection = sectionEvidence.max() ?? 0
        let kindFactor: (remedy: Float, organisation: Float) =
            plan.asksRemedy || tuning.remedyAlways && !segment.articleKind.isEmpty
            ? (1 + tuning.remedyBoost, 1 - tuning.organisationPenalty) : (1, 1)
        for d32 in touched {
            let d = Int(d32)
            var score = base(d)
            if let field { score += fieldScale * field.scores[d] }
            if let phrase { score += phraseScale * phrase.scores[d] }
            let law = Int(segment.documentLaw[d])
            if law >= 0 {
                if bestLaw > 0 { score *= 1 + tuning.lawEvidence * lawEvidence[law] / bestLaw }
                score *= tuning.lawPriors ? segment.laws[law].prior : 1
                if tuning.citationPrior > 0 { score *= 1 + tuning.citationPrior * segment.citationCentrality[d] }
                switch segment.articleKind.isEmpty ? 0 : segment.articleKind[d] {
                case 1: score *= kindFactor.remedy
                case -1: score *= kindFactor.organisation
                default: break
                }
            }
            if plan.asksTiming && !segment.setsDeadline.isEmpty && segment.setsDeadline[d] { score *= 1 + tuning.deadlineBoost }
            let section = Int(segment.documentSection[d])
            if section >= 0 && bestSection > 0 && tuning.sectionEvidence > 0 {
                score *= 1 + tuning.sectionEvidence * sectionEvidence[section] / bestSection
            }
            emit(d, score)
        }
    }
}

/// The best `limit` hits seen so far, kept sorted: current law before the rest, then score, then a stable order.
struct TopHits {
    struct Candidate {
        var segment: Int
        var document: Int
        var score: Float
        var current: Bool

        func ranks(before other: Candidate) -> Bool {
            if current != other.current { return current }
            if score != other.score { return score > other.score }
            if segment != other.segment { return segment < other.segment }
            return document < other.document
        }
    }

    let limit: Int
    private(set) var hits: [Candidate] = []

    init(limit: Int) {
        self.limit = limit
        hits.reserveCapacity(limit + 1)
    }

    @inline(__always)
    func admits(current: Bool, score: Float) -> Bool {
        guard hits.count == limit, let last = hits.last else { return true }
        if current != last.current { return current }
        return score >= last.score
    }

    mutating func insert(_ c: Candidate) {
        var low = 0, high = hits.count
        while low < high {
            let mid = (low + high) / 2
            if hits[mid].ranks(before: c) { low = mid + 1 } else { high = mid }
        }
        guard low < limit else { return }
        hits.insert(c, at: low)
        if hits.count > limit { hits.removeLast() }
    }
}
