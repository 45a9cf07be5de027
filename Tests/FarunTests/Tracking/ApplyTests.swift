import FarunCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import Farun

/// 在线申请 on a phone or computer: one order per form token, nothing stored on bad input, consent required.
@Suite struct ApplyTests {
    @Test func postingThePhoneFormTwiceWithTheSameTokenCreatesOneOrderAndANewTokenASecond() async throws {
        try await withApp { app in
            // setup
            let desk = try await WorkOrderDesk.make(app)
            let service = try await catalogEntry(app, "LEGAL_AID")
            let phone = CitizenBrowser(userAgent: CitizenBrowser.iPhone)
            let path = SiteURL.applyService(service.id!).path
            let fields = applyFields(desk.j, token: "double-tap-token-0001")
            // act
            let first = try await phone.post(app, path, fields)
            let second = try await phone.post(app, path, fields)
            let third = try await phone.post(app, path, applyFields(desk.j, token: "another-token-0002"))
            // check
            #expect(first.status == .ok && second.status == .ok && third.status == .ok)
            let orders = try await WorkOrder.query(on: app.db).sort(\.$id).all()
            #expect(orders.count == 2)
            #expect(first.text.contains(orders[0].number) && second.text.contains(orders[0].number))
            #expect(third.text.contains(orders[1].number))
            #expect(orders[0].channel == .mobileWeb)
            #expect(orders[0].$region.id == desk.j.villageA.id)
            #expect(try await WorkOrderEvent.query(on: app.db).filter(\.$action == "submit").count() == 2)
        }
    }

    @Test func aDoubleTapSendingTheFormTwiceAtOnceStillCreatesOneOrder() async throws {
        try await withApp { app in
            // setup
            let desk = try await WorkOrderDesk.make(app)
            let path = SiteURL.applyService(try await catalogEntry(app, "LEGAL_AID").id!).path
            let fields = applyFields(desk.j, token: "simultaneous-token-0003")
            // act
            async let first = CitizenBrowser(userAgent: CitizenBrowser.iPhone).post(app, path, fields)
            async let second = CitizenBrowser(userAgent: CitizenBrowser.iPhone).post(app, path, fields)
            let statuses = try await [first.status, second.status]
            // check
            #expect(statuses == [.ok, .ok])
            #expect(try await WorkOrder.query(on: app.db).count() == 1)
            #expect(try await IdempotencyRecord.query(on: app.db).count() == 1)
        }
    }

    @Test func aComputerBrowserSubmitsThroughTheWebsiteChannelAndTheConfirmationListsMaterials() async throws {
        try await withApp { app in
            // setup
            let desk = try await WorkOrderDesk.make(app)
            let service = try await catalogEntry(app, "LEGAL_AID")
            // act
            let response = try await CitizenBrowser().post(app, SiteURL.applyService(service.id!).path, applyFields(desk.j))
            // check
            let order = try #require(try await WorkOrder.query(on: app.db).first())
            #expect(order.channel == .web)
            #expect(response.text.contains(L10n(.zhHans)(.applyDoneTitle)))
            #expect(response.text.contains(service.serviceType.materials[0].item))
            #expect(response.text.contains(L10n(.zhHans)(.applyDoneNextBy, order.acceptanceDue!)))
            #expect(!response.text.contains("13800138000"))
            let trackLink = SiteURL.track.path(query: [("number", order.number)])
            #expect(response.text.contains("href=\"\(trackLink)\""))
            #expect(try await CitizenBrowser().get(app, trackLink).text.contains("value=\"\(order.number)\""))
        }
    }

    @Test func badInputKeepsWhatWasTypedAndStoresNothing() async throws {
        try await withApp { app in
            // setup
            let desk = try await WorkOrderDesk.make(app)
            let service = try await catalogEntry(app, "LEGAL_AID")
            let fields = applyFields(desk.j, phone: "12345", matter: "").map { field -> (String, String) in
                switch field.0 {
                case "requester_name": (field.0, "李四保留")
                case "resident_id": (field.0, "110105194912310021")
                default: field
                }
            }
            // act
            let response = try await CitizenBrowser().post(app, SiteURL.applyService(service.id!).path, fields)
            // check
            #expect(response.status == .unprocessableEntity)
            #expect(response.text.contains("value=\"李四保留\""))
            #expect(response.text.contains("value=\"12345\""))
            #expect(response.text.contains(L10n(.zhHans)(.validationPhone)))
            #expect(response.text.contains(L10n(.zhHans)(.errorMatterRequired)))
            #expect(try await WorkOrder.query(on: app.db).count() == 0)
            #expect(try await CitizenNotice.query(on: app.db).count() == 0)
            #expect(try await IdempotencyRecord.query(on: app.db).count() == 0)
        }
    }

    @Test func withoutConsentNothingIsStoredAndTheBoxIsAskedFor() async throws {
        try await withApp { app in
            // setup
            let desk = try await WorkOrderDesk.make(app)
            let service = try await catalogEntry(app, "LEGAL_AID")
            // act
            let response = try await CitizenBrowser().post(app, SiteURL.applyService(service.id!).path, applyFields(desk.j, consent: false))
            // check
            #expect(response.status == .unprocessableEntity)
            #expect(response.text.contains(L10n(.zhHans)(.applyConsentRequired)))
            #expect(response.text.contains("老板拖欠工资三个月"))
            #expect(try await WorkOrder.query(on: app.db).count() == 0)
        }
    }

    @Test func aRegionOutsideTheTownsAndVillagesOfferedIsRefused() async throws {
        try await withApp { app in
            // setup: the county itself is not offered
            let desk = try await WorkOrderDesk.make(app)
            let service = try await catalogEntry(app, "LEGAL_AID")
            let fields = applyFields(desk.j).map { $0.0 == "region_id" ? ($0.0, String(desk.j.county.id!)) : $0 }
            // act
            let response = try await CitizenBrowser().post(app, SiteURL.applyService(service.id!).path, fields)
            // check
            #expect(response.status == .unprocessableEntity)
            #expect(response.text.contains(L10n(.zhHans)(.errorRegionRequired)))
            #expect(try await WorkOrder.query(on: app.db).count() == 0)
        }
    }

    @Test func anAttachmentIsStoredWithTheOrderAndADisallowedFileStoresNothing() async throws {
        try await withApp { app in
            // setup
            var settings = app.settings
            settings.attachmentsDirectory = NSTemporaryDirectory() + "farun-apply-" + UUID().uuidString
            app.settings = settings
            let desk = try await WorkOrderDesk.make(app)
            let path = SiteURL.applyService(try await catalogEntry(app, "LEGAL_AID").id!).path
            let pdf = Array("%PDF-1.4 欠条".utf8)
            // act
            let refused = try await CitizenBrowser().postMultipart(app, path, applyFields(desk.j), file: ("run.exe", [0x4D, 0x5A, 0x90, 0x00]))
            let ordersAfterRefusal = try await WorkOrder.query(on: app.db).count()
            let accepted = try await CitizenBrowser().postMultipart(app, path, applyFields(desk.j), file: ("欠条.pdf", pdf))
            let withoutFile = try await CitizenBrowser().postMultipart(app, path, applyFields(desk.j), file: nil)
            // check
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains(L10n(.zhHans)(.errorAttachmentType)))
            #expect(ordersAfterRefusal == 0)
            #expect(accepted.status == .ok && withoutFile.status == .ok)
            let attachments = try await Attachment.query(on: app.db).all()
            #expect(attachments.count == 1)
            #expect(attachments.first?.fileName == "欠条.pdf")
            #expect(try await WorkOrderEvent.query(on: app.db).filter(\.$action == "attach").count() == 1)
            try? FileManager.default.removeItem(atPath: settings.attachmentsDirectory)
        }
    }

    @Test func onlyServicesOpenOnlineAreListedAndOffered() async throws {
        try await withApp { app in
            // setup: legality review is internal (window only)
            _ = try await WorkOrderDesk.make(app)
            let internalOnly = try await catalogEntry(app, "LEGALITY_REVIEW")
            // act
            let list = try await CitizenBrowser().get(app, SiteURL.apply.path)
            let form = try await CitizenBrowser().get(app, SiteURL.applyService(try await catalogEntry(app, "LEGAL_AID").id!).path)
            let closed = try await CitizenBrowser().get(app, SiteURL.applyService(internalOnly.id!).path)
            // check
            #expect(list.status == .ok)
            #expect(list.text.contains("法律援助") && !list.text.contains(internalOnly.nameZh))
            #expect(form.text.contains("<optgroup label=\"岳阳镇\">") && form.text.contains("偏涧村"))
            #expect(form.text.contains("enctype=\"multipart/form-data\""))
            #expect(form.text.contains("name=\"\(CitizenIntakeValues.tokenField)\""))
            #expect(closed.status == .notFound)
        }
    }
}
