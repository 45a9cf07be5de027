import FarunCore
import Foundation
import Testing
import Vapor
@testable import Farun

/// `farun eval-search`: the metrics on a tiny query set against the statute fixture, and clear errors for bad files.
@Suite struct EvalSearchTests {
    private func file(_ text: String) throws -> String {
        let path = NSTemporaryDirectory() + "eval-\(UUID().uuidString).jsonl"
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func printsRecallMRRAndLatencyForAQuerySet() async throws {
        try await withApp(clock: FixedClock(LawFixtures.today)) { app in
            // setup: one answerable question, one whose "relevant" article does not exist
            try await LawFixtures.importFixture(on: app)
            let path = try file("""
                {"q": "用人单位拖欠劳动报酬", "relevant": [{"law": "中华人民共和国劳动合同法", "article": 30}, {"law": "中华人民共和国劳动合同法", "article": 85}, {"law": "中华人民共和国劳动法", "article": 50}, {"law": "中华人民共和国劳动法", "article": 91}], "topic": "labour"}

                {"q": "申请法律援助", "relevant": [{"law": "中华人民共和国法律援助法", "article": 9999}]}
                """)
            // act
            let lines = try await EvalSearchCommand.evaluate(path: path, app: app, verbose: true)
            // check
            let metrics = try #require(lines.first { $0.hasPrefix("queries ") })
            #expect(metrics.contains("queries 2"))
            #expect(metrics.contains("recall@10 0.500"), "\(metrics)")
            #expect(lines.contains { $0.hasPrefix("latency p50 ") && $0.contains("p95") })
            #expect(lines.contains { $0.hasPrefix("line 3 [miss] 申请法律援助") && $0.contains("中华人民共和国法律援助法#9999") })
        }
    }

    @Test(arguments: [
        ("{\"q\": \"工资\", \"relevant\": [{\"law\": \"劳动法\", \"article\": 50}]}\n{not json}\n", ":2: "),
        ("{\"relevant\": [{\"law\": \"劳动法\", \"article\": 50}]}\n", ":1: "),
        ("{\"q\": \"工资\", \"relevant\": []}\n", ":1: "),
        ("{\"q\": \"工资\", \"relevant\": [{\"law\": \"劳动法\", \"article\": \"五十\"}]}\n", ":1: "),
        ("\n\n", "no queries"),
    ])
    func aMalformedFileIsReportedWithItsLineNumber(text: String, expected: String) throws {
        // setup
        let path = try file(text)
        // act / check
        let problem = #expect(throws: EvalSet.Problem.self) { try EvalSet.read(path: path) }
        #expect(problem?.description.contains(expected) == true, "\(problem?.description ?? "")")
    }

    @Test func aMissingFileIsReported() {
        let problem = #expect(throws: EvalSet.Problem.self) { try EvalSet.read(path: "/nonexistent/eval.jsonl") }
        #expect(problem?.description.contains("/nonexistent/eval.jsonl") == true)
    }

    @Test func processStatusReadsResidentMemoryOnLinux() {
        // act
        let status = ProcessStatus.read()
        // check: on Linux the resident set is a positive number of megabytes
        #if os(Linux)
        #expect((status["VmRSS"] ?? 0) > 0)
        #endif
    }
}
