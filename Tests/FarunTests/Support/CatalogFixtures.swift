import FarunCore
import Fluent
import Foundation
import Vapor
@testable import Farun

/// The seeded catalog entry with this code (every test database is migrated, so the seed is there).
func catalogEntry(_ app: Application, _ code: String) async throws -> CatalogEntry {
    guard let entry = try await CatalogEntry.query(on: app.db).filter(\.$code == code).first() else {
        throw AppError.notFound(.catalogEntity)
    }
    return entry
}

/// The administration form's fields for a service, as a browser would post them (override what a test is about).
func catalogForm(_ edit: ServiceCatalogEdit, version: Int? = nil) -> [(String, String)] {
    var fields: [(String, String)] = [
        ("code", edit.code), ("name_zh", edit.nameZh), ("name_en", edit.nameEn), ("handler", edit.handler),
        ("materials", edit.materials), ("other_limits", edit.otherLimits),
    ]
    for (prefix, limit) in [("acceptance", edit.acceptance), ("handling", edit.handling)] {
        fields += [("\(prefix)_count", limit.count), ("\(prefix)_unit", limit.unit), ("\(prefix)_citation", limit.citation),
                   ("\(prefix)_text", limit.text), ("\(prefix)_rule", limit.rule)]
    }
    fields += edit.channels.map { ("channels[]", $0) }
    if edit.isFree { fields.append(("is_free", "1")) }
    if let version { fields.append(("version", String(version))) }
    return fields
}

/// A new service as an administrator would type it: 村居法律顾问, free, window and hotline.
let villageAdvisorEdit = ServiceCatalogEdit(
    code: "VILLAGE_ADVISOR", nameZh: "村（居）法律顾问", nameEn: "Village legal advisor", handler: "司法所、村（居）法律顾问",
    materials: "身份证明 | 实践做法\n? 与问题相关的材料 | 实践做法",
    acceptance: .init(count: "3", unit: "working_day", citation: "《某省村居法律顾问工作规范》第五条", text: "3个工作日内联系"),
    otherLimits: "0 日 | 《中华人民共和国人民调解法》第二十一条 | 及时、就地",
    channels: ["window", "hotline"], isFree: true)

/// An administrator of the whole deployment (the county is the root) and a browser signed in as them.
func catalogAdmin(_ app: Application, _ j: Jurisdiction) async throws -> Browser {
    try await Browser.signedIn(app, try await makeStaff(app, "catalog.admin", [(.bureauAdmin, j.county)]))
}
