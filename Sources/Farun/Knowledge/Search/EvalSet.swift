import FarunCore
import Foundation

/// A query set for `farun eval-search`: JSON Lines, each `{"q": "…", "relevant": [{"law": "中华人民共和国…法",
/// "article": 37}, …]}` (other keys, e.g. `topic`, are ignored).
struct EvalSet: Sendable {
    struct Item: Sendable {
        let line: Int
        let question: String
        let relevant: Set<SearchEvaluation.ArticleRef>
    }

    /// Why a file cannot be used, with the line to fix.
    struct Problem: Error, CustomStringConvertible {
        let description: String
    }

    let items: [Item]

    static func read(path: String) throws -> EvalSet {
        guard FileManager.default.fileExists(atPath: path) else {
            throw Problem(description: "找不到文件 / file not found: \(path)")
        }
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw Problem(description: "无法读取文件（须为 UTF-8）/ cannot read the file as UTF-8: \(path)")
        }
        return try parse(text, name: path)
    }

    private struct Line: Decodable {
        let q: String?
        let relevant: [SearchEvaluation.ArticleRef]?
    }

    static func parse(_ text: String, name: String) throws -> EvalSet {
        var items: [Item] = []
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !line.isEmpty else { continue }
            let number = index + 1
            let decoded: Line
            do {
                decoded = try JSONDecoder().decode(Line.self, from: Data(line.utf8))
            } catch {
                throw Problem(description: "\(name):\(number): 不是有效的 JSON 对象（需要 q 与 relevant）/ not a valid JSON object with q and relevant")
            }
            guard let q = decoded.q?.trimmingCharacters(in: .whitespacesAndNewlines), !q.isEmpty else {
                throw Problem(description: "\(name):\(number): 缺少问题 q / missing the question q")
            }
            guard let relevant = decoded.relevant, !relevant.isEmpty else {
                throw Problem(description: "\(name):\(number): relevant 须为非空数组 [{\"law\", \"article\"}] / relevant must be a non-empty list")
            }
            items.append(Item(line: number, question: q, relevant: Set(relevant)))
        }
        guard !items.isEmpty else { throw Problem(description: "\(name): 没有问题 / no queries in the file") }
        return EvalSet(items: items)
    }
}

/// Runs a query set against a snapshot of the index: statute hits only, compared by (full law name, article number).
enum SearchEvaluator {
    struct Run: Sendable {
        let evaluation: SearchEvaluation
        let items: [EvalSet.Item]
        /// The first results of each query, for the per-query report.
        let top: [[SearchEvaluation.ArticleRef]]
    }

    static func run(_ set: EvalSet, on snapshot: KnowledgeSnapshot, k: Int = 10) -> Run {
        // The file may name a law by its short name (劳动合同法); the index ranks by full name.
        var fullNames: [String: String] = [:]
        for item in snapshot.items.values where item.kind == .article {
            if let full = item.lawName {
                fullNames[full] = full
                if let short = item.lawShortName { fullNames[short] = full }
            }
        }
        var queries: [SearchEvaluation.Query] = []
        var top: [[SearchEvaluation.ArticleRef]] = []
        for item in set.items {
            let started = ContinuousClock.now
            let hits = snapshot.engine.search(SearchQuery(text: item.question, limit: k, kinds: [.article]))
            let elapsed = ContinuousClock.now - started
            let ranked = hits.compactMap { hit -> SearchEvaluation.ArticleRef? in
                guard let found = snapshot.items[hit.key], let law = found.lawName, let number = found.articleNumber else { return nil }
                return .init(law: law, article: number)
            }
            let relevant = Set(item.relevant.map { SearchEvaluation.ArticleRef(law: fullNames[$0.law] ?? $0.law, article: $0.article) })
            queries.append(.init(ranked: ranked, relevant: relevant, latency: seconds(elapsed)))
            top.append(ranked)
        }
        return Run(evaluation: SearchEvaluation(queries: queries), items: set.items, top: top)
    }

    static func seconds(_ d: Duration) -> Double {
        Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
    }
}
