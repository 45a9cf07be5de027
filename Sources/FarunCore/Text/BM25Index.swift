import Foundation

/// An in-memory inverted index ranked by BM25 (k1 = 1.2, b = 0.75), with per-field weights: a match in a law's
/// name counts more than one in its article text. Documents are identified by the caller's integer ids.
public struct BM25Index: Sendable {
    public struct Field: Sendable, Hashable {
        public let name: String
        public let weight: Double
        public init(_ name: String, weight: Double) {
            self.name = name
            self.weight = weight
        }
    }

    public struct Hit: Sendable, Hashable {
        public let id: Int
        public let score: Double
    }

    let fields: [Field]
    let k1 = 1.2
    let b = 0.75
    /// term → (document → weighted term frequency)
    private var postings: [String: [Int: Double]] = [:]
    /// document → weighted length
    private var lengths: [Int: Double] = [:]
    /// document → its terms, so a document is removed without scanning the whole index
    private var documentTerms: [Int: Set<String>] = [:]
    private var totalLength = 0.0

    public init(fields: [Field]) {
        self.fields = fields
    }

    public var count: Int { lengths.count }

    /// Adds or replaces a document; `values` maps field names to their text.
    public mutating func add(id: Int, _ values: [String: String]) {
        remove(id: id)
        var length = 0.0
        var terms: Set<String> = []
        for field in fields {
            guard let text = values[field.name] else { continue }
            for term in Tokenizer.terms(text) {
                postings[term, default: [:]][id, default: 0] += field.weight
                length += field.weight
                terms.insert(term)
            }
        }
        lengths[id] = length
        documentTerms[id] = terms
        totalLength += length
    }

    public mutating func remove(id: Int) {
        guard let length = lengths.removeValue(forKey: id) else { return }
        totalLength -= length
        for term in documentTerms.removeValue(forKey: id) ?? [] {
            postings[term]?[id] = nil
            if postings[term]?.isEmpty == true { postings[term] = nil }
        }
    }

    /// The best `limit` documents for a query, highest score first; ties by id so results are stable.
    /// `filter` keeps only the documents it accepts (e.g. current laws).
    public func search(_ query: String, limit: Int = 20, filter: ((Int) -> Bool)? = nil) -> [Hit] {
        guard !lengths.isEmpty else { return [] }
        let n = Double(lengths.count)
        let average = totalLength / n
        var scores: [Int: Double] = [:]
        for term in Set(Tokenizer.terms(query)) {
            guard let docs = postings[term] else { continue }
            let idf = log(1 + (n - Double(docs.count) + 0.5) / (Double(docs.count) + 0.5))
            for (id, tf) in docs where filter?(id) ?? true {
                let norm = tf + k1 * (1 - b + b * (lengths[id] ?? 0) / max(average, 1e-9))
                scores[id, default: 0] += idf * tf * (k1 + 1) / norm
            }
        }
        return scores.map { Hit(id: $0.key, score: $0.value) }
            .sorted { $0.score != $1.score ? $0.score > $1.score : $0.id < $1.id }
            .prefix(limit).map { $0 }
    }
}
