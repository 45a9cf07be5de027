import FarunCore
import Foundation
import Vapor

/// `farun eval-search FILE.jsonl [--verbose]`: builds the search index from the configured database, runs every
/// question and prints recall@1/5/10, MRR@10 and latency p50/p95 (per-query misses with --verbose).
struct EvalSearchCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "file", help: "A JSON Lines query set: {\"q\": …, \"relevant\": [{\"law\": …, \"article\": N}]}")
        var file: String
        @Flag(name: "verbose", short: "v", help: "Also list the questions whose relevant article is not first, with what came first")
        var verbose: Bool
    }

    var help: String { "Evaluates the legal search on a query set / 评测法条检索（召回率、MRR、延迟）" }

    func run(using context: CommandContext, signature: Signature) async throws {
        do {
            for line in try await Self.evaluate(path: signature.file, app: context.application, verbose: signature.verbose) {
                context.console.print(line)
            }
        } catch let problem as EvalSet.Problem {
            context.console.error(problem.description)
            throw problem
        }
    }

    /// The report's lines: index size and build time, the metrics, and with `verbose` each question whose relevant
    /// article is not first. Throws `EvalSet.Problem` for a missing or malformed file, before touching the database.
    static func evaluate(path: String, app: Application, verbose: Bool) async throws -> [String] {
        let set = try EvalSet.read(path: path)
        try await app.migrateSafely()
        let snapshot = try await KnowledgeIndexBuilder.full(
            app: app, revisions: try await KnowledgeIndexLoader.revisions(on: app.db), today: LocalDate.inChina(app.clock.now()), bundled: nil)
        let articles = snapshot.items.values.filter { $0.kind == .article }.count
        var lines = [String(format: "index: %d documents (%d articles) built in %.2f s", snapshot.engine.documentCount, articles, snapshot.buildSeconds)]
        if articles == 0 { lines.append("warning: 没有法条：请先运行 farun import-laws / no statutes imported: run farun import-laws first") }
        let run = SearchEvaluator.run(set, on: snapshot)
        let e = run.evaluation
        lines.append(String(format: "queries %d  recall@1 %.3f  recall@5 %.3f  recall@10 %.3f  MRR@10 %.3f",
                            e.queries.count, e.recall(at: 1), e.recall(at: 5), e.recall(at: 10), e.meanReciprocalRank(at: 10)))
        lines.append(String(format: "latency p50 %.2f ms  p95 %.2f ms", e.latency(percentile: 50) * 1000, e.latency(percentile: 95) * 1000))
        guard verbose else { return lines }
        for (index, query) in e.queries.enumerated() where query.firstRelevantRank != 1 {
            let item = run.items[index]
            let rank = query.firstRelevantRank.map { "rank \($0)" } ?? "miss"
            let wanted = item.relevant.map { "\($0.law)#\($0.article)" }.sorted().joined(separator: ", ")
            let got = run.top[index].prefix(3).map { "\($0.law)#\($0.article)" }.joined(separator: ", ")
            lines.append("line \(item.line) [\(rank)] \(item.question)\n    want: \(wanted)\n    top:  \(got)")
        }
        return lines
    }
}
