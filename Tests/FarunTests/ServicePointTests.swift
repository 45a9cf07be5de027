import FarunCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import Farun

@Suite struct ServicePointTests {
    static func form(name: String, region: Region, capacity: String = "12", phone: String = "0357-5221234") -> [(String, String)] {
        [("name", name), ("kind", "workstation"), ("region_id", String(region.id!)), ("address", "古县岳阳镇新华街28号"),
         ("opening_hours", "周一至周五 8:30-17:30"), ("capacity", capacity), ("phone", phone), ("notice", "春节期间暂停接待")]
    }

    @Test func aServicePointCreatedByStaffAppearsOnThePublicFinder() async throws {
        try await withApp { app in
            // setup
            let j = try await Jurisdiction.make(on: app.db)
            let officer = try await makeStaff(app, "sfs.yueyang", [(.judicialOfficeStaff, j.townA)])
            let browser = try await Browser.signedIn(app, officer)
            // act
            let created = try await browser.post(app, "/admin/service-points/new", Self.form(name: "岳阳镇公共法律服务工作站", region: j.townA))
            let finder = try await Browser.anonymous.get(app, "/service-points?region=\(j.townA.id!)")
            let otherTown = try await Browser.anonymous.get(app, "/service-points?region=\(j.townB.id!)")
            // check
            #expect(created.status == .seeOther)
            #expect(created.location?.hasPrefix("/admin/service-points/") == true)
            #expect(finder.text.contains("岳阳镇公共法律服务工作站"))
            #expect(finder.text.contains("春节期间暂停接待"))
            #expect(finder.text.contains("每日约 12 人"))
            #expect(!otherTown.text.contains("岳阳镇公共法律服务工作站"))
            #expect(try await auditCount(app, action: "service_point.create") == 1)
        }
    }

    @Test func staffLowerTheCapacityAndTheChangeIsAudited() async throws {
        try await withApp { app in
            // setup
            let j = try await Jurisdiction.make(on: app.db)
            let officer = try await makeStaff(app, "sfs.yueyang", [(.judicialOfficeStaff, j.townA)])
            let point = try await makeServicePoint(app, name: "岳阳站", in: j.townA, capacity: 20)
            let browser = try await Browser.signedIn(app, officer)
            // act
            let response = try await browser.post(app, "/admin/service-points/\(point.id!)", Self.form(name: "岳阳站", region: j.townA, capacity: "5"))
            // check
            #expect(response.status == .seeOther)
            #expect(try await ServicePoint.find(point.id, on: app.db)?.capacity == 5)
            let event = try #require(try await AuditEvent.query(on: app.db).filter(\.$action == "service_point.update").first())
            #expect(event.detail.contains("20 → 5"))
        }
    }

    @Test func invalidServicePointInputIsExplainedAndNothingIsSaved() async throws {
        try await withApp { app in
            // setup
            let j = try await Jurisdiction.make(on: app.db)
            let officer = try await makeStaff(app, "sfs.yueyang", [(.judicialOfficeStaff, j.townA)])
            let browser = try await Browser.signedIn(app, officer)
            // act
            let negative = try await browser.post(app, "/admin/service-points/new", Self.form(name: "甲", region: j.townA, capacity: "-3"))
            let text = try await browser.post(app, "/admin/service-points/new", Self.form(name: "乙", region: j.townA, capacity: "很多"))
            let phone = try await browser.post(app, "/admin/service-points/new", Self.form(name: "丙", region: j.townA, phone: "12"))
            let empty = try await browser.post(app, "/admin/service-points/new", Self.form(name: "", region: j.townA))
            let longNotice = try await browser.post(app, "/admin/service-points/new",
                                                    Self.form(name: "丁", region: j.townA).map { $0.0 == "notice" ? ($0.0, String(repeating: "告", count: 1001)) : $0 })
            let outside = try await browser.post(app, "/admin/service-points/new", Self.form(name: "戊", region: j.townB))
            // check
            for response in [negative, text, phone, empty, longNotice, outside] {
                #expect(response.status == .unprocessableEntity)
            }
            #expect(negative.text.contains("0 到 10000 之间的整数"))
            #expect(phone.text.contains("有效的手机号、座机号"))
            #expect(empty.text.contains("此项必填"))
            #expect(longNotice.text.contains("不能超过 1000 个字"))
            #expect(outside.text.contains("不在您的管辖范围内"))
            #expect(try await ServicePoint.query(on: app.db).count() == 0)
        }
    }

    @Test func aClosedServicePointDisappearsFromThePublicPages() async throws {
        try await withApp { app in
            // setup
            let j = try await Jurisdiction.make(on: app.db)
            let admin = try await makeStaff(app, "admin", [(.bureauAdmin, j.county)])
            let point = try await makeServicePoint(app, name: "临时调解点", in: j.townB, kind: .mediationPoint)
            let browser = try await Browser.signedIn(app, admin)
            // act
            let closed = try await browser.post(app, "/admin/service-points/\(point.id!)/close", [])
            let finder = try await Browser.anonymous.get(app, "/service-points")
            let detail = try await Browser.anonymous.get(app, "/service-points/\(point.id!)")
            let again = try await browser.post(app, "/admin/service-points/\(point.id!)/close", [])
            // check
            #expect(closed.status == .seeOther)
            #expect(!finder.text.contains("临时调解点"))
            #expect(detail.status == .notFound)
            #expect(again.status == .conflict)
        }
    }

    @Test func theFinderFiltersByKindAndSearchesNamesAndAddresses() async throws {
        try await withApp { app in
            // setup
            let j = try await Jurisdiction.make(on: app.db)
            _ = try await makeServicePoint(app, name: "县公共法律服务中心", in: j.county, kind: .center)
            _ = try await makeServicePoint(app, name: "偏涧村法律服务室", in: j.villageA, kind: .lawRoom)
            // act
            let lawRooms = try await Browser.anonymous.get(app, "/service-points?kind=law_room")
            let search = try await Browser.anonymous.get(app, "/service-points?q=" + formEncode("中心"))
            let townA = try await Browser.anonymous.get(app, "/service-points?region=\(j.townA.id!)")
            // check
            #expect(lawRooms.text.contains("偏涧村法律服务室"))
            #expect(!lawRooms.text.contains("县公共法律服务中心"))
            #expect(search.text.contains("县公共法律服务中心"))
            #expect(!search.text.contains("偏涧村法律服务室"))
            #expect(townA.text.contains("偏涧村法律服务室"), "a town's filter includes its villages")
        }
    }
}
