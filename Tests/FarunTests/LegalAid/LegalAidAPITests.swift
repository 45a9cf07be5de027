import FarunCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import Farun

@Suite struct LegalAidAPITests {
    func applicationJSON(_ j: Jurisdiction, channel: String = "mobile_web") -> String {
        #"{"channel":"\#(channel)","applicant_name":"张三","applicant_phone":"13800138000","region_id":\#(j.townA.id!),"category":"wages","matter":"拖欠工资","circumstances":["migrant_worker"],"opponent_name":"王老板","opponent_phone":"13900139000","pledge_accepted":true,"pledge_signature":"张三"}"#
    }

    @Test("第四十二条第（三）项: the screening API tells the applicant before submitting")
    func screeningBeforeSubmitting() async throws {
        try await withApp(on: .sqlite) { app in
            // act
            let exempt = try await apiRequest(app, .GET, "/api/v1/legal-aid/screening?category=wages&circumstances=migrant_worker")
            let pledge = try await apiRequest(app, .GET, "/api/v1/legal-aid/screening?category=maintenance&days_to_limitation=3")
            let bad = try await apiRequest(app, .GET, "/api/v1/legal-aid/screening?category=nonsense")
            // check
            #expect(exempt.status == .ok)
            #expect(exempt.text.contains(#""economic_review":"exempt:3""#))
            #expect(exempt.text.contains("第四十二条第（三）项"))
            #expect(exempt.text.contains(#""code":"migrant_worker_claim""#))
            #expect(pledge.text.contains(#""needs_pledge":true"#))
            #expect(pledge.text.contains(#""provisional_aid":true"#))
            #expect(bad.status == .unprocessableEntity)
        }
    }

    @Test func aCitizenAppliesAndAnOfficerReviewsThroughTheAPI() async throws {
        try await withApp { app in
            // setup
            let d = try await LegalAidDesk.make(app)
            let officer = try await Browser.signedIn(app, d.officer)
            let outsiderUser = try await makeStaff(app, "officer.b", [(.legalAidOfficer, d.j.townB)])
            let outsider = try await Browser.signedIn(app, outsiderUser)
            // act
            let created = try await apiRequest(app, .POST, "/api/v1/legal-aid/applications", json: applicationJSON(d.j))
            let id = try #require(try await LegalAidApplication.query(on: app.db).first()?.id)
            let shown = try await apiRequest(app, .GET, "/api/v1/legal-aid/applications/\(id)", browser: officer)
            let hidden = try await apiRequest(app, .GET, "/api/v1/legal-aid/applications/\(id)", browser: outsider)
            let conflicts = try await apiRequest(app, .GET, "/api/v1/legal-aid/applications/\(id)/conflicts", browser: officer)
            let notice = try await apiRequest(app, .POST, "/api/v1/legal-aid/applications/\(id)/actions", browser: officer,
                                              json: #"{"action":"request_materials","version":1,"missing_materials":["工资条"]}"#)
            let stale = try await apiRequest(app, .POST, "/api/v1/legal-aid/applications/\(id)/actions", browser: officer,
                                             json: #"{"action":"supply_materials","version":1}"#)
            let list = try await apiRequest(app, .GET, "/api/v1/legal-aid/applications?category=wages", browser: officer)
            let outsiderList = try await apiRequest(app, .GET, "/api/v1/legal-aid/applications", browser: outsider)
            // check
            #expect(created.status == .created)
            #expect(created.location == "/api/v1/legal-aid/applications/\(id)")
            #expect(created.text.contains(#""applicant_phone":"138****8000""#))
            #expect(!created.text.contains("13800138000"))
            #expect(shown.status == .ok)
            #expect(shown.text.contains(#""actions":["request_materials","withdraw","grant","refuse"]"#))
            #expect(hidden.status == .notFound)
            #expect(conflicts.status == .ok)
            #expect(notice.status == .ok)
            #expect(notice.text.contains(#""state":"materials_incomplete""#))
            #expect(stale.status == .conflict)
            #expect(list.text.contains(#""id":\#(id)"#))
            #expect(outsiderList.text == "[]")
        }
    }

    @Test("第四十九条: only the justice bureau decides objections")
    func objectionsAreForTheBureau() async throws {
        try await withApp { app in
            // setup
            let d = try await LegalAidDesk.make(app)
            let application = try await legalAidApply(app, legalAidInput(d.j, category: "maintenance", circumstances: []), by: d.clerk, on: "2026-11-02")
            try await legalAidReviewed(app, application, by: d.officer, on: "2026-11-03")
            try await legalAidAct(app, application, .refuse, by: d.officer, on: "2026-11-03") { $0.reasons = "不符合条件" }
            let officer = try await Browser.signedIn(app, d.officer)
            let bureau = try await Browser.signedIn(app, d.bureau)
            let id = try application.requireID()
            // act
            let filed = try await apiRequest(app, .POST, "/api/v1/legal-aid/applications/\(id)/objections", browser: officer, json: #"{"grounds":"收入计算有误"}"#)
            let objectionID = try #require(try await LegalAidObjection.query(on: app.db).first()?.id)
            let byOfficer = try await apiRequest(app, .POST, "/api/v1/legal-aid/objections/\(objectionID)/decision", browser: officer,
                                                 json: #"{"decision":"upheld","reasons":"维持"}"#)
            let noReasons = try await apiRequest(app, .POST, "/api/v1/legal-aid/objections/\(objectionID)/decision", browser: bureau,
                                                 json: #"{"decision":"upheld","reasons":" "}"#)
            // check
            #expect(filed.status == .created)
            #expect(filed.text.contains(#""against":"refused""#))
            #expect(byOfficer.status == .forbidden)
            #expect(noReasons.status == .unprocessableEntity)
        }
    }

    @Test func theRegisterExportsAsCSVWithAByteOrderMarkAndStatisticsAsJSON() async throws {
        try await withApp { app in
            // setup
            let d = try await LegalAidDesk.make(app)
            let application = try await legalAidApply(app, legalAidInput(d.j, opponent: "=HYPERLINK(\"x\")"), by: d.clerk, on: "2026-11-02")
            let officer = try await Browser.signedIn(app, d.officer)
            // act
            let csv = try await apiRequest(app, .GET, "/api/v1/legal-aid/register.csv?from=2026-11-01&to=2026-11-30", browser: officer)
            let empty = try await apiRequest(app, .GET, "/api/v1/legal-aid/register.csv?from=2026-12-01", browser: officer)
            let stats = try await apiRequest(app, .GET, "/api/v1/legal-aid/statistics?region_id=\(d.j.townA.id!)", browser: officer)
            // check
            #expect(csv.status == .ok)
            #expect(csv.headers.contentType?.subType == "csv")
            #expect(Array(csv.body.readableBytesView.prefix(3)) == [0xEF, 0xBB, 0xBF])
            #expect(csv.text.contains(application.number))
            #expect(!empty.text.contains(application.number))
            #expect(stats.text.contains(#""applications":1"#))
            #expect(stats.text.contains(#""category":"wages""#))
            #expect(try await auditCount(app, action: "legal_aid.export") == 2)
        }
    }
}
