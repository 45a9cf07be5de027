import Vapor

/// `farun bench intake [--requests N] [--concurrency C] [--postgres URL]`: measures work-order intake through
/// the HTTP API on a scratch database (SQLite by default). The last line is the report.
struct BenchCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "benchmark", help: "What to measure: intake")
        var benchmark: String
        @Option(name: "requests", help: "Number of submissions (default 2000)")
        var requests: Int?
        @Option(name: "concurrency", help: "Clients submitting at once (default 16)")
        var concurrency: Int?
        @Option(name: "postgres", help: "A PostgreSQL server URL; a scratch database is created in it and dropped afterwards")
        var postgres: String?
    }

    var help: String { "Benchmarks / 性能测试: intake (work orders accepted per second through the HTTP API)" }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard signature.benchmark == "intake" else {
            context.console.error("未知的测试 / unknown benchmark: \(signature.benchmark) (known: intake)")
            throw SettingsError(name: "benchmark", problem: "must be intake")
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
