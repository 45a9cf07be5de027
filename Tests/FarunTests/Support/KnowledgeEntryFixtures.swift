import FarunCore
import Fluent
import Foundation
import Vapor
@testable import Farun

/// Staff who manage knowledge in town A, town B and the whole county, signed in.
struct KnowledgeDesk {
    let townA: Browser
    let townB: Browser
    let county: Browser
    let townAUser: StaffUser

    static func make(_ app: Application, _ j: Jurisdiction) async throws -> KnowledgeDesk {
        let a = try await makeStaff(app, "knowledge.a", [(.judicialOfficeStaff, j.townA)])
        let b = try await makeStaff(app, "knowledge.b", [(.judicialOfficeStaff, j.townB)])
        let county = try await makeStaff(app, "knowledge.county", [(.bureauAdmin, j.county)])
        return KnowledgeDesk(townA: try await Browser.signedIn(app, a), townB: try await Browser.signedIn(app, b),
                             county: try await Browser.signedIn(app, county), townAUser: a)
    }
}

/// The form of a case as staff type it (override what a test is about).
func knowledgeForm(title: String = "入职八个月未签劳动合同，获赔二倍工资差额", kind: String = "case", field: String = "labour",
                   articles: String = "《劳动合同法》第八十二条\n劳动合同法10", region: Region, version: Int? = nil) -> [(String, String)] {
    var fields: [(String, String)] = [
        ("kind", kind), ("title", title), ("summary", "王某入职某餐馆八个月，餐馆一直未与其签订书面劳动合同。"),
        ("body", "仲裁委认为，用人单位超过一个月不满一年未订立书面劳动合同的，应当每月支付二倍的工资。"), ("legal_field", field),
        ("region_id", String(region.id!)), ("source", "岳阳镇司法所"), ("articles", articles),
    ]
    if let version { fields.append(("version", String(version))) }
    return fields
}

/// A case or FAQ written straight into the database, for tests about reading, scope and state.
@discardableResult
func makeKnowledgeEntry(_ app: Application, _ title: String, in region: Region, state: KnowledgeEntryState = .draft, kind: KnowledgeEntryKind = .typicalCase,
                        field: LegalField = .labour, articles: [ArticleReference] = []) async throws -> KnowledgeEntry {
    let entry = KnowledgeEntry()
    entry.kind = kind
    entry.title = title
    entry.summary = "摘要：" + title
    entry.body = "正文：" + title
    entry.legalField = field
    entry.$region.id = try region.requireID()
    entry.source = "测试来源"
    entry.state = state
    entry.publishedAt = state == .draft ? nil : app.clock.now()
    entry.retiredAt = state == .retired ? app.clock.now() : nil
    entry.version = 1
    try await entry.create(on: app.db)
    try await KnowledgeEntryWrites.replaceArticles(of: entry, with: articles, on: app.db)
    return entry
}

func knowledgeRevision(_ app: Application, _ part: KnowledgeRevision.Part) async throws -> Int {
    try await KnowledgeRevisions.current(on: app.db)[part] ?? -1
}

/// The entry with this title (fresh from the database).
func knowledgeEntry(_ app: Application, titled title: String) async throws -> KnowledgeEntry {
    guard let entry = try await KnowledgeEntry.query(on: app.db).filter(\.$title == title).with(\.$region).first() else {
        throw AppError.notFound(.thingKnowledgeEntry)
    }
    return entry
}
