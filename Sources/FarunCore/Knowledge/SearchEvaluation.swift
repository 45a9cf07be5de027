/// Retrieval metrics for a query set (used by `farun eval-search` and the lab bench): a query is a hit at k when
/// any of its relevant articles is among its first k results.
public struct SearchEvaluation: Sendable {
    public struct ArticleRef: Sendable, Hashable, Codable {
        public var law: String
        public var article: Int

        public init(law: String, article: Int) {
            self.law = law
            self.article = article
        }
    }

    public struct Query: Sendable {
        public var ranked: [ArticleRef]
        public var relevant: Set<ArticleRef>
        /// Seconds.
        public var latency: Double

        public init(ranked: [ArticleRef], relevant: Set<ArticleRef>, latency: Double) {
            self.ranked = ranked
            self.relevant = relevant
            self.latency = latency
        }

        /// 1-based rank of the first relevant result, nil when none is in the list.
        public var firstRelevantRank: Int? {
            ranked.firstIndex(where: relevant.contains).map { $0 + 1 }
        }
    }

    public let queries: [Query]

    public init(queries: [Query]) {
        self.queries = queries
    }

    public func recall(at k: Int) -> Double {
        guard !queries.isEmpty else { return 0 }
        let hits = queries.filter { q in q.firstRelevantRank.map { $0 <= k } ?? false }.count
        return Double(hits) / Double(queries.count)
    }

    public func meanReciprocalRank(at k: Int = 10) -> Double {
        guard !queries.isEmpty else { return 0 }
        let sum = queries.reduce(0.0) { total, q in
            guard let rank = q.firstRelevantRank, rank <= k else { return total }
            return total + 1 / Double(rank)
        }
        return sum / Double(queries.count)
    }

    /// Latency at percentile p (0…100), nearest-rank method, in seconds.
    public func latency(percentile p: Double) -> Double {
        let sorted = queries.map(\.latency).sorted()
        guard !sorted.isEmpty else { return 0 }
        let rank = Int((p / 100 * Double(sorted.count)).rounded(.up))
        return sorted[min(max(rank, 1), sorted.count) - 1]
    }

    /// One line: recall@1/5/10, MRR@10, p50/p95 in milliseconds.
    public var summary: String {
        func f(_ x: Double) -> String { String(format: "%.3f", x) }
        func ms(_ x: Double) -> String { String(format: "%.2f ms", x * 1000) }
        return "n=\(queries.count) recall@1 \(f(recall(at: 1))) recall@5 \(f(recall(at: 5))) recall@10 \(f(recall(at: 10))) "
            + "MRR@10 \(f(meanReciprocalRank(at: 10))) latency p50 \(ms(latency(percentile: 50))) p95 \(ms(latency(percentile: 95)))"
    }
}

import Foundation
