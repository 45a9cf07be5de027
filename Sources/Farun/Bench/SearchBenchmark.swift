import FarunCore
import Foundation
import Vapor

/// `farun bench search`: builds the search index from the configured database (import the statutes first), then
/// runs a sample of questions several times and reports build time, resident memory and query latency.
enum SearchBenchmark {
    struct Options: Sendable {
        /// A JSON Lines query set (as for eval-search); nil: the everyday questions below.
        var queriesPath: String?
        var rounds = 20
    }

    struct Report: Sendable, CustomStringConvertible {
        let documents: Int
        let buildSeconds: Double
        let rssMegabytes: Double?
        let peakMegabytes: Double?
        let queries: Int
        let p50: Double
        let p95: Double
        let p99: Double

        var description: String {
            func mb(_ v: Double?) -> String { v.map { String(format: "%.0f MB", $0) } ?? "n/a" }
            return String(format: "documents=%d build=%.2fs rss=%@ peak_rss=%@ queries=%d p50=%.2fms p95=%.2fms p99=%.2fms",
                          documents, buildSeconds, mb(rssMegabytes), mb(peakMegabytes), queries, p50 * 1000, p95 * 1000, p99 * 1000)
        }
    }

    /// Questions as citizens ask them, across the areas of the "done when".
    static let everydayQuestions = [
        "老板拖欠工资三个月不给怎么办", "公司不签劳动合同可以要双倍工资吗", "试用期被辞退有没有补偿", "加班没有加班费",
        "离婚时孩子抚养权归谁", "丈夫家暴怎么办", "父母去世房子怎么继承", "结婚彩礼能要回来吗",
        "房东不退押金", "租的房子漏水房东不修", "物业费不交会怎样", "邻居装修把我家墙弄裂了",
        "借钱不还怎么起诉", "借条没写利息能要利息吗", "朋友借钱不还已经过了三年",
        "撞车了对方全责不赔钱", "骑电动车被汽车撞了", "酒驾会判刑吗",
        "买到假货怎么赔偿", "网购七天无理由退货", "商家虚假宣传",
        "怎么申请法律援助", "请不起律师怎么办", "工伤认定怎么申请",
    ]

    static func run(_ options: Options, app: Application) async throws -> Report {
        let questions = try options.queriesPath.map { try EvalSet.read(path: $0).items.map(\.question) } ?? everydayQuestions
        let snapshot = try await KnowledgeIndexBuilder.full(
            app: app, revisions: try await KnowledgeIndexLoader.revisions(on: app.db), today: LocalDate.inChina(app.clock.now()), bundled: nil)
        var latencies: [Double] = []
        for _ in 0..<max(1, options.rounds) {
            for question in questions {
                let started = ContinuousClock.now
                _ = snapshot.engine.search(SearchQuery(text: question, limit: 10))
                latencies.append(SearchEvaluator.seconds(ContinuousClock.now - started))
            }
        }
        latencies.sort()
        func percentile(_ p: Double) -> Double {
            latencies[min(latencies.count - 1, max(0, Int((p / 100 * Double(latencies.count)).rounded(.up)) - 1))]
        }
        let status = ProcessStatus.read()
        return Report(documents: snapshot.engine.documentCount, buildSeconds: snapshot.buildSeconds,
                      rssMegabytes: status["VmRSS"], peakMegabytes: status["VmHWM"], queries: latencies.count,
                      p50: percentile(50), p95: percentile(95), p99: percentile(99))
    }
}

/// Memory figures of this process from /proc/self/status (Linux), in megabytes; empty elsewhere.
enum ProcessStatus {
    static func read() -> [String: Double] {
        guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return [:] }
        var result: [String: Double] = [:]
        for line in text.split(separator: "\n") {
            let parts = line.split(whereSeparator: { $0 == ":" || $0 == " " || $0 == "\t" })
            // e.g. "VmRSS:	  123456 kB"
            if parts.count >= 3, parts[2] == "kB", let kb = Double(parts[1]) { result[String(parts[0])] = kb / 1024 }
        }
        return result
    }
}
