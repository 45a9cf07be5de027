import Foundation

/// The inverted index of the documents of one kind: integer term ids, flat posting arrays (CSR layout) and each
/// posting's BM25 term-frequency part precomputed, so a query only multiplies by the term's idf and adds.
/// Statutes, cases and FAQ live in separate segments so that replacing cases rebuilds nothing of the statutes.
struct SearchSegment: Sendable {

    struct Law: Sendable {
        var name: String
        var shortName: String
        var department: String?
        /// The terms of the short name (characters, pairs, words), to tell when a question names the law.
        var nameKeys: Set<UInt64>
        /// Characters of the short name without a final 法.
        var nameLength: Int
        /// Multiplies its articles' scores (SearchVocabulary's law priors).
        var prior: Float
    }

    let kind: SearchDocument.Kind
    let documents: [SearchDocument]
    /// Caller's key → position in `documents` (the last one wins when a key repeats).
    let indexByKey: [String: Int32]
    /// Folded text scalars per document, kept for snippets.
    let foldedTexts: [[UInt32]]
    let termIDs: [UInt64: Int32]
    let postingStart: [Int32]
    let postingDocument: [Int32]
    let postingWeight: [Float]
    /// Whether each document is law in force today (the others are found only on request).
    let isCurrent: [Bool]
    /// Chapter/section index per document (-1: no heading); a section is one heading within one law.
    let documentSection: [Int32]
    let sectionCount: Int
    /// Law index per document (-1: not an article).
    let documentLaw: [Int32]
    let laws: [Law]
    /// Term key → the laws whose short name holds it.
    let lawsByNameKey: [UInt64: [Int32]]
    /// log(1 + how many articles of the same law cite this one): the provisions a law keeps referring back to
    /// (劳动合同法 38/39/46/47) are its core ones.
    let citationCentrality: [Float]
    /// Remedy (1), organisational (-1) or neither (0), from the vocabulary's article-kind patterns.
    let articleKind: [Int8]
    /// Whether each article sets a time limit (the vocabulary's deadline patterns).
    let setsDeadline: [Bool]
    /// The articles' citizen-language cues as an index of their own (the second retrieval channel): BM25 over the
    /// cue text alone, with its own idf and length normalisation, so a cue match is not drowned by a long text.
    let cueIndex: FieldIndex
    /// The cues phrase by phrase, by characters and character pairs (see `CuePhraseIndex`).
    let cuePhrases: CuePhraseIndex

    var count: Int { documents.count }

    func documentFrequency(_ term: Int32) -> Int { Int(postingStart[Int(term) + 1] - postingStart[Int(term)]) }

    init(
        kind: SearchDocument.Kind, documents: [SearchDocument], vocabulary: SearchVocabulary, headingWeight: Float,
        cueWeight: Float = 0, k1: Float = 1.2, b: Float = 0.75, cueK1: Float = 1.2, cueB: Float = 0.75
    ) {
        self.kind = kind
        self.documents = documents
        var termIDs: [UInt64: Int32] = [:]
        var triples: [(term: Int32, tf: Float)] = []
        var documentEnds: [Int] = []
        var lengths: [Float] = []
        var folded: [[UInt32]] = []
        folded.reserveCapacity(documents.count)
        var counts: [UInt64: Float] = [:]
        var lawIndex: [String: Int32] = [:]
        var laws: [Law] = []
        var documentLaw: [Int32] = []
        var cueTerms: [[(key: UInt64, tf: Float)]] = []
        var cueLengths: [Float] = []
        var cueCounts: [UInt64: Float] = [:]
        var cueTexts: [(document: Int32, text: [UInt32])] = []
        for document in documents {
            counts.removeAll(keepingCapacity: true)
            let text = vocabulary.folding.fold(document.text)
            var length: Float = 0
            Analyzer.forEachIndexTerm(text, lexicon: vocabulary.lexicon) { key in
                counts[key, default: 0] += 1
                length += 1
            }
            if let heading = document.heading {
                Analyzer.forEachIndexTerm(vocabulary.folding.fold(heading), lexicon: vocabulary.lexicon) { key in
                    counts[key, default: 0] += headingWeight
                }
            }
            // the article's citizen-language cues: a field of their own, not part of the length, so a cued article
            // is not judged longer than it is
            cueCounts.removeAll(keepingCapacity: true)
            var cueLength: Float = 0
            if kind == .article, let cues = vocabulary.cues(
                lawShortName: document.lawShortName, lawName: document.lawName, article: document.articleNumber,
                label: document.articleLabel) {
                cueTexts.append((Int32(cueTerms.count), cues))
                Analyzer.forEachIndexTerm(cues, lexicon: vocabulary.lexicon) { key in
                    if cueWeight > 0 { counts[key, default: 0] += cueWeight }
                    cueCounts[key, default: 0] += 1
                    cueLength += 1
                }
            }
            cueTerms.append(cueCounts.map { ($0.key, $0.value) })
            cueLengths.append(cueLength)
            for (key, tf) in counts {
                let id: Int32
                if let existing = termIDs[key] {
                    id = existing
                } else {
                    id = Int32(termIDs.count)
                    termIDs[key] = id
                }
                triples.append((id, tf))
            }
            documentEnds.append(triples.count)
            lengths.append(max(length, 1))
            folded.append(text)
            if kind == .article, let name = document.lawName {
                if let index = lawIndex[name] {
                    documentLaw.append(index)
                } else {
                    let index = Int32(laws.count)
                    lawIndex[name] = index
                    let short = document.lawShortName ?? name
                    var keys: Set<UInt64> = []
                    Analyzer.forEachIndexTerm(vocabulary.folding.fold(short), lexicon: vocabulary.lexicon) { keys.insert($0) }
                    let length = short.unicodeScalars.count - (short.hasSuffix("法") ? 1 : 0)
                    laws.append(Law(
                        name: name, shortName: short, department: document.department, nameKeys: keys, nameLength: length,
                        prior: vocabulary.prior(lawShortName: document.lawShortName, lawName: name)))
                    documentLaw.append(index)
                }
            } else {
                documentLaw.append(-1)
            }
        }
        // counting sort of the postings by term
        var start = Array(repeating: Int32(0), count: termIDs.count + 1)
        for t in triples { start[Int(t.term) + 1] += 1 }
        for i in 0..<termIDs.count { start[i + 1] += start[i] }
        var fill = start
        var postingDocument = Array(repeating: Int32(0), count: triples.count)
        var postingWeight = Array(repeating: Float(0), count: triples.count)
        let average = lengths.isEmpty ? 1 : lengths.reduce(0, +) / Float(lengths.count)
        var d = 0
        for (i, t) in triples.enumerated() {
            while i >= documentEnds[d] { d += 1 }
            let norm = k1 * (1 - b + b * lengths[d] / average)
            let slot = Int(fill[Int(t.term)])
            fill[Int(t.term)] += 1
            postingDocument[slot] = Int32(d)
            postingWeight[slot] = t.tf * (k1 + 1) / (t.tf + norm)
        }
        self.isCurrent = documents.map { $0.standing == .inForce }
        var indexByKey: [String: Int32] = [:]
        indexByKey.reserveCapacity(documents.count)
        for (i, document) in documents.enumerated() { indexByKey[document.key] = Int32(i) }
        self.indexByKey = indexByKey
        var sections: [String: Int32] = [:]
        documentSection = documents.map { document in
            guard let heading = document.heading, !heading.isEmpty else { return -1 }
            let key = (document.lawName ?? "") + "\u{1}" + heading
            if let index = sections[key] { return index }
            let index = Int32(sections.count)
            sections[key] = index
            return index
        }
        sectionCount = sections.count
        self.termIDs = termIDs
        self.postingStart = start
        self.postingDocument = postingDocument
        self.postingWeight = postingWeight
        self.foldedTexts = folded
        self.documentLaw = documentLaw
        self.laws = laws
        var byKey: [UInt64: [Int32]] = [:]
        for (index, law) in laws.enumerated() {
            for key in law.nameKeys where key >= TermKey.pairTag { byKey[key, default: []].append(Int32(index)) }
        }
        lawsByNameKey = byKey
        articleKind = kind == .article ? folded.map { vocabulary.articleKinds.kind(of: $0).rawValue } : []
        setsDeadline = kind == .article ? folded.map { vocabulary.articleKinds.setsDeadline($0) } : []
        cueIndex = FieldIndex(terms: cueTerms, lengths: cueLengths, k1: cueK1, b: cueB)
        cuePhrases = CuePhraseIndex(cueTexts)
        citationCentrality = Self.citationCentrality(documents, folded: folded, documentLaw: documentLaw, lawCount: laws.count)
    }

    /// Counts, per article, the distinct in-force articles of the same law that cite it as 第X条 or 本法第X条
    /// (a 第X条 after another law's name or 》 points elsewhere and is skipped).
    static func citationCentrality(
        _ documents: [SearchDocument], folded: [[UInt32]], documentLaw: [Int32], lawCount: Int
    ) -> [Float] {
        var inDegree = [Int](repeating: 0, count: documents.count)
        guard lawCount > 0 else { return inDegree.map(Float.init) }
        var byNumber: [Int64: [Int32]] = [:]
        for (d, document) in documents.enumerated() where documentLaw[d] >= 0 {
            guard let number = document.articleNumber else { continue }
            byNumber[Int64(documentLaw[d]) << 32 | Int64(number), default: []].append(Int32(d))
        }
        let numeralScalars = Set("零〇一二三四五六七八九两十百千万".unicodeScalars.map(\.value))
        let di: UInt32 = 0x7B2C, tiao: UInt32 = 0x6761, fa: UInt32 = 0x6CD5, ben: UInt32 = 0x672C, close: UInt32 = 0x300B
        for (d, document) in documents.enumerated() where documentLaw[d] >= 0 && document.standing == .inForce {
            let s = folded[d]
            var cited = Set<Int>()
            var i = 0
            while i < s.count {
                defer { i += 1 }
                guard s[i] == di else { continue }
                if i > 0 && (s[i - 1] == close || (s[i - 1] == fa && !(i > 1 && s[i - 2] == ben))) { continue }
                var end = i + 1
                var numeral = ""
                while end < s.count && numeralScalars.contains(s[end]) { end += 1 }
                guard end > i + 1, end < s.count, s[end] == tiao else { continue }
                numeral.unicodeScalars.append(contentsOf: s[(i + 1)..<end].compactMap(Unicode.Scalar.init))
                guard let number = ChineseNumeral.parse(numeral),
                      number != document.articleNumber else { continue }
                cited.insert(number)
                i = end
            }
            for number in cited {
                for target in byNumber[Int64(documentLaw[d]) << 32 | Int64(number)] ?? [] { inDegree[Int(target)] += 1 }
            }
        }
        return inDegree.map { log(1 + Float($0)) }
    }
}

/// How text becomes index terms: every Han character, every pair of neighbouring Han characters (so two-character
/// words such as 工资 and 离婚 match wherever they stand), every dictionary word of three or more characters found
/// at any position (the segmenter's full mode), and runs of Latin letters or digits.
enum Analyzer {
    static func forEachIndexTerm(_ s: [UInt32], lexicon: Lexicon, _ body: (UInt64) -> Void) {
        var i = 0
        let n = s.count
        while i < n {
            let c = s[i]
            if CharacterClass.isHan(c) {
                var end = i
                while end < n && CharacterClass.isHan(s[end]) { end += 1 }
                for p in i..<end {
                    body(TermKey.single(s[p]))
                    if p + 1 < end { body(TermKey.pair(s[p], s[p + 1])) }
                    if end - p >= 3 {
                        lexicon.forEachLongWord(in: s, from: p, end: end) { wordEnd in
                            body(TermKey.word(s[p..<wordEnd]))
                        }
                    }
                }
                i = end
            } else if CharacterClass.isLatinOrDigit(c) {
                var end = i
                var h = TermKey.fnvOffset
                while end < n && CharacterClass.isLatinOrDigit(s[end]) {
                    h = TermKey.fnvStep(h, s[end])
                    end += 1
                }
                body(TermKey.wordTag | (h & TermKey.hashMask))
                i = end
            } else {
                i += 1
            }
        }
    }
}
