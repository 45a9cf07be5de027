import FarunCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import Farun

/// The public catalog pages and API; a retired service leaves both and cannot be requested.
@Suite struct CatalogPublicTests {
    @Test func thePublicCatalogListsEveryActiveServiceWithLimitsCitationsAndALinkToEach() async throws {
        try await withApp { app in
            // setup
            let entries = try await CatalogEntry.query(on: app.db).all()
            // act
            let response = try await Browser.anonymous.get(app, "/services")
            // check
            #expect(response.status == .ok)
            for entry in entries {
                #expect(response.text.contains(entry.nameZh), "\(entry.code)")
                #expect(response.text.contains("href=\"/services/\(entry.id!)\""), "\(entry.code)")
            }
            #expect(response.text.contains("15 个工作日"))
            #expect(response.text.contains("依据：《中华人民共和国公证法》第三十条"))
            #expect(response.text.contains("依据：《中华人民共和国法律援助法》第四十三条"))
            #expect(response.text.contains("法律未规定"))
            #expect(response.text.contains("自助终端"))
        }
    }

    @Test func theSheetListsEveryMaterialWithItsBasisAndEveryLimit() async throws {
        try await withApp { app in
            // setup
            let entry = try await catalogEntry(app, "LEGAL_AID")
            let service = entry.serviceType
            // act
            let response = try await Browser.anonymous.get(app, "/services/\(entry.id!)")
            // check
            #expect(response.status == .ok)
            #expect(response.text.contains("一次性告知单"))
            for material in service.materials {
                #expect(response.text.contains(material.item))
                #expect(response.text.contains("依据：\(material.basis)"))
            }
            for limit in service.otherLimits { #expect(response.text.contains(limit.text), "\(limit.ruleID)") }
            #expect(response.text.contains("<strong class=\"amount\">7 日</strong>"))
            #expect(response.text.contains("24 小时"))
            #expect(response.text.contains("免费"))
            #expect(response.text.contains("data-print"))
        }
    }

    @Test func aRetiredServiceLeavesThePagesAndTheAPIAndIntakeRefusesIt() async throws {
        try await withApp { app in
            // setup
            let desk = try await WorkOrderDesk.make(app)
            let admin = try await catalogAdmin(app, desk.j)
            let entry = try await catalogEntry(app, "LEGAL_AID")
            // act
            let retire = try await admin.post(app, "/admin/services/\(entry.id!)/retire", [("action", "retire"), ("version", "1")])
            let list = try await Browser.anonymous.get(app, "/services")
            let sheet = try await Browser.anonymous.get(app, "/services/\(entry.id!)")
            let apiList = try await apiRequest(app, .GET, "/api/v1/services?per=100")
            let apiOne = try await apiRequest(app, .GET, "/api/v1/services/\(entry.id!)")
            let intake = try await WorkOrderIntake.validate(intake(desk.j), submitter: .staff(try await principal(app, desk.clerk)), on: app.db)
            // check
            #expect(retire.status == .seeOther)
            #expect(!list.text.contains("href=\"/services/\(entry.id!)\""))
            #expect(list.text.contains("公证"))
            #expect(sheet.status == .notFound)
            #expect(!apiList.text.contains("\"LEGAL_AID\""))
            #expect(apiOne.status == .notFound)
            guard case .failure(let error) = intake else { Issue.record("a retired service was accepted"); return }
            #expect(error.fieldProblems.contains { $0.field == "service" && $0.message == .errorServiceRetired })
            #expect(try await WorkOrder.query(on: app.db).count() == 0)
        }
    }

    @Test func theAPIListsActiveServicesAndFiltersByTheChannelThatMayStartThem() async throws {
        try await withApp { app in
            // act
            let all = try await apiRequest(app, .GET, "/api/v1/services?per=100")
            let web = try await apiRequest(app, .GET, "/api/v1/services?channel=web&per=100")
            let hotline = try await apiRequest(app, .GET, "/api/v1/services?channel=hotline&per=100")
            let fax = try await apiRequest(app, .GET, "/api/v1/services?channel=fax")
            // check
            let decode = { (r: TestingHTTPResponse) in try JSONDecoder().decode(PageDTO<ServiceDTO>.self, from: Data(r.text.utf8)) }
            #expect(try decode(all).items.count == 10)
            let webCodes = Set(try decode(web).items.map(\.code))
            #expect(webCodes.count == 9 && !webCodes.contains("LEGALITY_REVIEW"))
            let hotlineCodes = Set(try decode(hotline).items.map(\.code))
            #expect(!hotlineCodes.contains("COMMUNITY_CORRECTIONS") && !hotlineCodes.contains("LEGALITY_REVIEW") && hotlineCodes.count == 8)
            #expect(fax.status == .unprocessableEntity)
            #expect(fax.headers.contentType?.description.hasPrefix("application/problem+json") == true)
        }
    }

    @Test func oneServiceInTheAPIHasSnakeCaseLimitsWithUnitAndCitation() async throws {
        try await withApp { app in
            // setup
            let entry = try await catalogEntry(app, "NOTARIZATION")
            // act
            let response = try await apiRequest(app, .GET, "/api/v1/services/\(entry.id!)")
            // check
            #expect(response.status == .ok)
            #expect(response.text.contains("\"is_free\":false"))
            let dto = try JSONDecoder().decode(ServiceDTO.self, from: Data(response.text.utf8))
            #expect(dto.code == "NOTARIZATION" && dto.name_en == "Notarization")
            #expect(dto.handling_limit == .init(count: 15, unit: "working_day", citation: "《中华人民共和国公证法》第三十条",
                                                text: entry.serviceType.handlingLimit!.text, rule_id: "NO-01"))
            #expect(dto.acceptance_limit == nil)
            #expect(dto.materials.allSatisfy { !$0.basis.isEmpty })
        }
    }

    @Test func anAdministratorReplacesAServiceThroughTheAPIWithTheSameChecks() async throws {
        try await withApp { app in
            // setup
            let j = try await Jurisdiction.make(on: app.db)
            let admin = try await catalogAdmin(app, j)
            let townAdmin = try await Browser.signedIn(app, try await makeStaff(app, "town.admin", [(.bureauAdmin, j.townA)]))
            let entry = try await catalogEntry(app, "RESETTLEMENT")
            let path = "/api/v1/services/\(entry.id!)"
            func body(handler: String, unit: String = "working_day", version: Int) -> String {
                #"{"name_zh":"安置帮教","name_en":"Resettlement","handler":"\#(handler)","materials":[{"item":"释放证明","basis":"监狱法第三十五条","required":true}],"acceptance_limit":{"count":5,"unit":"\#(unit)","citation":"《某省安置帮教办法》第八条","text":"","rule_id":""},"handling_limit":null,"other_limits":[],"channels":["window","hotline"],"is_free":true,"version":\#(version)}"#
            }
            // act
            let outsider = try await apiRequest(app, .PUT, path, browser: townAdmin, json: body(handler: "越权", version: 1))
            let invalid = try await apiRequest(app, .PUT, path, browser: admin, json: body(handler: "", unit: "fortnight", version: 1))
            let saved = try await apiRequest(app, .PUT, path, browser: admin, json: body(handler: "县安置帮教工作办公室", version: 1))
            let stale = try await apiRequest(app, .PUT, path, browser: admin, json: body(handler: "旧版本上的修改", version: 1))
            // check
            #expect(outsider.status == .forbidden)
            #expect(invalid.status == .unprocessableEntity)
            #expect(invalid.text.contains("\"field\":\"handler\"") && invalid.text.contains("\"field\":\"acceptance_unit\""))
            #expect(saved.status == .ok)
            #expect(try JSONDecoder().decode(ServiceDTO.self, from: Data(saved.text.utf8)).version == 2)
            #expect(stale.status == .conflict)
            let current = try #require(try await CatalogEntry.find(entry.id, on: app.db))
            #expect(current.handler == "县安置帮教工作办公室")
            #expect(current.serviceType.acceptanceLimit?.unit == .workingDays)
            #expect(current.serviceType.channels == [.window, .hotline])
            #expect(try await auditCount(app, action: "service.update") == 1)
        }
    }
}
