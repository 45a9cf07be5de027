import Vapor

/// `farun bench intake [--requests N] [--concurrency C] [--postgres URL]`: measures work-order intake through
/// the HTTP API on a scratch database (SQLite by default). The last line is the report.
/// `farun bench search [--queries FILE.jsonl] [--rounds N]`: search index build time, memory and query latency on
/// the configured database (import the statutes first).
/// `farun bench live [--connections N] [--questions Q] [--postgres URL]`: workbench SSE streams held by one instance
/// and the delivery latency of a new question to them, on a scratch database.
struct BenchCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "benchmark", help: "What to measure: intake or search")
        var benchmark: String
        @Option(name: "requests", help: "Number of submissions (default 2000)")
        var requests: Int?
        @Option(name: "concurrency", help: "Clients submitting at once (default 16)")
        var concurrency: Int?
        @Option(name: "postgres", help: "A PostgreSQL server URL; a scratch database is created in it and dropped afterwards")
        var postgres: String?
        @Option(name: "queries", help: "search: a JSON Lines query set (default: built-in everyday questions)")
        var queries: String?
        @Option(name: "rounds", help: "search: times each question is asked (default 20)")
        var rounds: Int?
        @Option(name: "connections", help: "live: workbench streams held open at once (default 200)")
        var connections: Int?
        @Option(name: "questions", help: "live: questions asked while they are open (default 20)")
        var questions: Int?
    }

    var help: String { "Benchmarks / 性能测试: intake (work orders accepted per second through the HTTP API), search (index build, memory, query latency), live (workbench streams held, question delivery latency)" }

    func run(using context: CommandContext, signature: Signature) async throws {
        if signature.benchmark == "search" {
            var options = SearchBenchmark.Options()
            options.queriesPath = signature.queries
            if let rounds = signature.rounds { options.rounds = max(1, min(rounds, 10_000)) }
            let app = context.application
            try await app.migrateSafely()
            context.console.print("search benchmark on the configured database (\(app.settings.database.engineName)) …")
            context.console.print(try await SearchBenchmark.run(options, app: app).description)
            return
        }
        if signature.benchmark == "live" {
            var options = LiveBenchmark.Options()
            if let n = signature.connections { options.connections = max(1, min(n, 20_000)) }
            if let q = signature.questions { options.questions = max(1, min(q, 1_000)) }
            options.postgresURL = signature.postgres
            context.console.print("live benchmark: \(options.connections) workbench streams, \(options.questions) questions, \(options.postgresURL == nil ? "SQLite" : "PostgreSQL") …")
            context.console.print(try await LiveBenchmark.run(options, logger: context.application.logger).description)
            return
        }
        guard signature.benchmark == "intake" else {
            context.console.error("未知的测试 / unknown benchmark: \(signature.benchmark) (known: intake, search, live)")
            throw SettingsError(name: "benchmark", problem: "must be intake, search or live")
        }
        var options = IntakeBenchmark.Options()
        if let n = signature.requests { options.requests = max(1, n) }
        if let c = signature.concurrency { options.concurrency = max(1, min(c, 512)) }
        options.postgresURL = signature.postgres
        context.console.print("intake benchmark: \(options.requests) submissions, \(options.concurrency) clients, \(options.postgresURL == nil ? "SQLite" : "PostgreSQL") …")
        let report = try await IntakeBenchmark.run(options, logger: context.application.logger)
        context.console.print(report.description)
    }
}
