import FarunCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import Farun

/// 自助终端: orders carry channel kiosk, the kiosk's point and its region; nothing personal stays on screen.
@Suite struct KioskTests {
    @Test func aKioskSubmissionCarriesChannelKioskThePointAndItsRegion() async throws {
        try await withApp { app in
            // setup
            let desk = try await WorkOrderDesk.make(app)
            let point = try await makeServicePoint(app, name: "岳阳镇自助终端", in: desk.j.townA, kind: .kiosk)
            let service = try await catalogEntry(app, "LEGAL_AID")
            let fields = applyFields(desk.j).filter { $0.0 != "region_id" } + [("region_id", String(desk.j.townB.id!))]
            // act
            let response = try await CitizenBrowser().post(app, SiteURL.kioskService(point.id!, service: service.id!).path, fields)
            // check
            #expect(response.status == .ok)
            let order = try #require(try await WorkOrder.query(on: app.db).first())
            #expect(order.channel == .kiosk)
            #expect(order.$servicePoint.id == point.id)
            #expect(order.$region.id == desk.j.townA.id)  // the kiosk's region, whatever the form says
            #expect(response.text.contains(order.number))
            #expect(response.text.contains("data-kiosk-return=\"\(SiteURL.kiosk(point.id!).path)\""))
            #expect(response.text.contains("data-print"))
            // The finished page keeps nothing personal.
            #expect(!response.text.contains("张三") && !response.text.contains("13800138000") && !response.text.contains("138****8000"))
        }
    }

    @Test func theKioskHomeListsKioskServicesAndTheFormRemembersNothing() async throws {
        try await withApp { app in
            // setup
            let desk = try await WorkOrderDesk.make(app)
            let point = try await makeServicePoint(app, name: "岳阳镇自助终端", in: desk.j.townA, kind: .kiosk)
            let service = try await catalogEntry(app, "LEGAL_AID")
            // act
            let home = try await CitizenBrowser().get(app, SiteURL.kiosk(point.id!).path)
            let form = try await CitizenBrowser().get(app, SiteURL.kioskService(point.id!, service: service.id!).path)
            // check
            #expect(home.status == .ok && form.status == .ok)
            #expect(home.text.contains("audience-kiosk"))
            #expect(home.text.contains(SiteURL.kioskService(point.id!, service: service.id!).path))
            #expect(!home.text.contains(try await catalogEntry(app, "LEGALITY_REVIEW").nameZh))
            #expect(form.text.contains("<form id=\"kiosk-form\"") && form.text.contains("autocomplete=\"off\""))
            for field in ["requester_name", "requester_phone", "resident_id"] {
                let range = try #require(form.text.range(of: "<input[^>]*id=\"\(field)\"[^>]*>", options: .regularExpression))
                let tag = String(form.text[range])
                #expect(tag.contains("autocomplete=\"off\""), "\(field): \(tag)")
            }
            #expect(form.text.contains("inputmode=\"numeric\""))
            #expect(!form.text.contains("name=\"region_id\""))
        }
    }

    @Test func aClosedServicePointHasNoKiosk() async throws {
        try await withApp { app in
            // setup
            let desk = try await WorkOrderDesk.make(app)
            let point = try await makeServicePoint(app, name: "已关闭终端", in: desk.j.townA, kind: .kiosk)
            point.closedAt = app.clock.now()
            try await point.save(on: app.db)
            let service = try await catalogEntry(app, "LEGAL_AID")
            // act
            let home = try await CitizenBrowser().get(app, SiteURL.kiosk(point.id!).path)
            let submit = try await CitizenBrowser().post(app, SiteURL.kioskService(point.id!, service: service.id!).path, applyFields(desk.j))
            // check
            #expect(home.status == .notFound)
            #expect(submit.status == .notFound)
            #expect(try await WorkOrder.query(on: app.db).count() == 0)
        }
    }
}
