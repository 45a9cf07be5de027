import Foundation

// The articles' cues (`article-cues.txt`) as two retrieval channels of their own, beside the cue field that is
// added to the text's counts. Most misses on unseen questions were cued articles whose cues shared words with the
// question but ranked below 10: in the text's BM25 a cue match is a few counts among a long text's, saturated
// with them and outweighed by words of the law's other articles. Here a cue match is judged against cues only.

extension LegalSearchEngine {
    /// The cue field's own BM25 ranking: concept by concept as the text (a concept scores its best alternative;
    /// concepts add up by importance; × (1 + coverage × share of the question covered)). Zero for articles
    /// without cues.
    func cueFieldScores(
        _ index: FieldIndex, plan: QueryPlan, importanceSum: Float, count n: Int
    ) -> (scores: [Float], touched: [Int32])? {
        guard index.documentCount > 0 else { return nil }
        var total = [Float](repeating: 0, count: n)
        var covered = [Float](repeating: 0, count: n)
        var conceptBest = [Float](repeating: 0, count: n)
        var alternativeScore = [Float](repeating: 0, count: n)
        var touched: [Int32] = [], conceptTouched: [Int32] = [], alternativeTouched: [Int32] = []
        var isTouched = [Bool](repeating: false, count: n)
        for concept in plan.concepts {
            for alternative in concept.alternatives {
                for term in alternative {
                    guard let id = index.termIDs[term.key] else { continue }
                    let weight = index.idf(term.key) * term.weight
                    for p in Int(index.postingStart[Int(id)])..<Int(index.postingStart[Int(id) + 1]) {
                        let d = Int(index.postingDocument[p])
                        if alternativeScore[d] == 0 { alternativeTouched.append(Int32(d)) }
                        alternativeScore[d] += weight * index.postingWeight[p]
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
            for d32 in conceptTouched {
                let d = Int(d32)
                total[d] += conceptBest[d] * concept.importance
                covered[d] += concept.importance
                conceptBest[d] = 0
                if !isTouched[d] {
                    isTouched[d] = true
                    touched.append(d32)
                }
            }
            conceptTouched.removeAll(keepingCapacity: true)
        }
        for d32 in touched {
            let d = Int(d32)
            total[d] *= 1 + tuning.coverage * covered[d] / max(importanceSum, 1e-6)
        }
        return (total, touched)
    }

    /// Per article, its best cue phrase's overlap with the question: the idf-weighted characters and pairs the
    /// two share over √(phrase weight × question weight), 0…1 (a cosine of the two sets). The question is taken
    /// without its filler words but otherwise as typed, so the segmentation of either side does not matter.
    func cuePhraseScores(_ index: CuePhraseIndex, plan: QueryPlan, count n: Int) -> (scores: [Float], touched: [Int32])? {
        guard index.phraseCount > 0 else { return nil }
        var overlap = [Float](repeating: 0, count: index.phraseCount)
        var touchedPhrases: [Int32] = []
        var questionWeight: Float = 0
        for key in CuePhraseIndex.terms(plan.keptText) {
            guard let id = index.termIDs[key] else { continue }
            let weight = index.idf[Int(id)]
            questionWeight += weight
            for p in Int(index.postingStart[Int(id)])..<Int(index.postingStart[Int(id) + 1]) {
                let phrase = Int(index.postingPhrase[p])
                if overlap[phrase] == 0 { touchedPhrases.append(Int32(phrase)) }
                overlap[phrase] += weight
            }
        }
        var scores = [Float](repeating: 0, count: n)
        var touched: [Int32] = []
        for p32 in touchedPhrases {
            let p = Int(p32)
            let score = overlap[p] / (index.phraseWeight[p] * questionWeight).squareRoot()
            let d = Int(index.phraseDocument[p])
            if scores[d] == 0 { touched.append(Int32(d)) }
            scores[d] = max(scores[d], score)
        }
        return (scores, touched)
    }
}

/// One field of the documents as a small inverted index of its own (CSR postings, BM25 term-frequency part
/// precomputed with the field's own average length). Documents without the field have no postings and do not
/// count in its document count or average length.
struct FieldIndex: Sendable {
    let termIDs: [UInt64: Int32]
    let postingStart: [Int32]
    let postingDocument: [Int32]
    let postingWeight: [Float]
    /// Documents that have the field.
    let documentCount: Int

    init(terms: [[(key: UInt64, tf: Float)]], lengths: [Float], k1: Float, b: Float) {
        var termIDs: [UInt64: Int32] = [:]
        var counts: [Int32] = []
        for document in terms {
            for term in document {
                if let id = termIDs[term.key] {
                    counts[Int(id)] += 1
                } else {
                    termIDs[term.key] = Int32(counts.count)
                    counts.append(1)
                }
            }
        }
        var start = [Int32](repeating: 0, count: counts.count + 1)
        for (i, c) in counts.enumerated() { start[i + 1] = start[i] + c }
        var fill = start
        let total = Int(start.last ?? 0)
        var postingDocument = [Int32](repeating: 0, count: total)
        var postingWeight = [Float](repeating: 0, count: total)
        let withField = lengths.filter { $0 > 0 }
        let average = withField.isEmpty ? 1 : withField.reduce(0, +) / Float(withField.count)
        for (d, document) in terms.enumerated() {
            let norm = k1 * (1 - b + b * lengths[d] / average)
            for term in document {
                let id = Int(termIDs[term.key]!)
                let slot = Int(fill[id])
                fill[id] += 1
                postingDocument[slot] = Int32(d)
                postingWeight[slot] = term.tf * (k1 + 1) / (term.tf + norm)
            }
        }
        self.termIDs = termIDs
        self.postingStart = start
        self.postingDocument = postingDocument
        self.postingWeight = postingWeight
        documentCount = withField.count
    }

    func documentFrequency(_ term: Int32) -> Int { Int(postingStart[Int(term) + 1] - postingStart[Int(term)]) }

    /// BM25's idf of a term within this field (0 when no document has it).
    func idf(_ key: UInt64) -> Float {
        guard let id = termIDs[key] else { return 0 }
        let n = Float(documentCount), df = Float(documentFrequency(id))
        return log(1 + (n - df + 0.5) / (df + 0.5))
    }
}

/// The articles' cues one phrase at a time (楼上扔东西砸伤人), each as the set of its Han characters and character
/// pairs. A question is compared with each phrase by the idf-weighted share of the phrase's characters and pairs it
/// contains, whatever words the question uses around them: citizens' paraphrases of one situation share characters
/// (欠钱的人把房子送人 / 欠我钱的人把名下的房子白送给他亲戚) even where a segmenter cuts them into different words.
struct CuePhraseIndex: Sendable {
    let termIDs: [UInt64: Int32]
    let idf: [Float]
    let postingStart: [Int32]
    let postingPhrase: [Int32]
    let phraseDocument: [Int32]
    /// The sum of the idf of each phrase's distinct terms.
    let phraseWeight: [Float]

    var phraseCount: Int { phraseDocument.count }

    /// The distinct characters and pairs of the Han runs of `s`.
    static func terms<C: Collection>(_ s: C) -> Set<UInt64> where C.Element == UInt32, C.Index == Int {
        var keys = Set<UInt64>()
        var previous: UInt32? = nil
        for c in s {
            if CharacterClass.isHan(c) {
                keys.insert(TermKey.single(c))
                if let p = previous { keys.insert(TermKey.pair(p, c)) }
                previous = c
            } else {
                previous = nil
            }
        }
        return keys
    }

    init(_ cues: [(document: Int32, text: [UInt32])]) {
        var phraseTerms: [[Int32]] = []
        var phraseDocument: [Int32] = []
        var termIDs: [UInt64: Int32] = [:]
        var df: [Int32] = []
        for (document, text) in cues {
            for phrase in text.split(separator: 0x20) {
                var ids: [Int32] = []
                for key in Self.terms(Array(phrase)) {
                    let id: Int32
                    if let existing = termIDs[key] {
                        id = existing
                        df[Int(id)] += 1
                    } else {
                        id = Int32(df.count)
                        termIDs[key] = id
                        df.append(1)
                    }
                    ids.append(id)
                }
                guard !ids.isEmpty else { continue }
                phraseTerms.append(ids)
                phraseDocument.append(document)
            }
        }
        let n = Float(phraseTerms.count)
        let idf = df.map { log(1 + (n - Float($0) + 0.5) / (Float($0) + 0.5)) }
        self.idf = idf
        var start = [Int32](repeating: 0, count: df.count + 1)
        for (i, c) in df.enumerated() { start[i + 1] = start[i] + c }
        var fill = start
        var postingPhrase = [Int32](repeating: 0, count: Int(start.last ?? 0))
        for (p, ids) in phraseTerms.enumerated() {
            for id in ids {
                postingPhrase[Int(fill[Int(id)])] = Int32(p)
                fill[Int(id)] += 1
            }
        }
        self.termIDs = termIDs
        self.postingStart = start
        self.postingPhrase = postingPhrase
        self.phraseDocument = phraseDocument
        phraseWeight = phraseTerms.map { ids in ids.reduce(0) { $0 + idf[Int($1)] } }
    }
}
