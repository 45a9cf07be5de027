import FarunCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import Farun

/// The intake form's refusals, the assignee's phone look-up, attachments and the workbench lists.
@Suite struct WorkOrderPageDeskTests {
    let zh = L10n(.zhHans)

    @Test func intakeFormShowsProblemsBesideTheFieldsKeepsTheValuesAndCreatesNothing() async throws {
        try await withApp { app in
            // setup
            let desk = try await WorkOrderDesk.make(app)
            let clerk = try await Browser.signedIn(app, desk.clerk)
            // act
            let response = try await clerk.post(app, SiteURL.workOrderNew.path, intakeForm(desk.j, name: "王五", phone: "12345", matter: ""))
            // check
            #expect(response.status == .unprocessableEntity)
            #expect(response.text.contains("id=\"requester_phone-error\""))
            #expect(response.text.contains(zh(.validationPhone)))
            #expect(response.text.contains("id=\"matter-error\""))
            #expect(response.text.contains("value=\"王五\""))
            #expect(response.text.contains("value=\"12345\""))
            #expect(response.text.contains("<option value=\"LEGAL_AID\" selected=\"selected\">"))
            #expect(try await WorkOrder.query(on: app.db).count() == 0)
            #expect(try await auditCount(app, action: "work_order.submit") == 0)
        }
    }

    @Test func acceptingAtOnceWithoutARoutingRuleStoresNothingAndSaysWhy() async throws {
        try await withApp { app in
            // setup: no rule sends commercial arbitration anywhere
            let desk = try await WorkOrderDesk.make(app)
            let clerk = try await Browser.signedIn(app, desk.clerk)
            let name = try #require(try await CatalogEntry.query(on: app.db).filter(\.$code == "ARBITRATION_COMMERCIAL").first()).nameZh
            // act
            let response = try await clerk.post(app, SiteURL.workOrderNew.path, intakeForm(desk.j, service: "ARBITRATION_COMMERCIAL"))
            // check
            #expect(response.status == .conflict)
            #expect(response.text.contains(zh(.errorNoRoute, name)))
            #expect(try await WorkOrder.query(on: app.db).count() == 0)
        }
    }

    @Test func theIntakeFormStartsOnTheServiceWithTheClerksRegionAndShortcuts() async throws {
        try await withApp { app in
            // setup
            let desk = try await WorkOrderDesk.make(app)
            let clerk = try await Browser.signedIn(app, desk.clerk)
            let operatorBrowser = try await Browser.signedIn(app, desk.operatorUser)
            // act
            let page = try await clerk.get(app, SiteURL.workOrderNew.path)
            let hotline = try await operatorBrowser.get(app, SiteURL.workOrderNew.path)
            // check
            #expect(page.status == .ok)
            #expect(page.text.contains("<select id=\"service\" name=\"service\" required=\"required\" accesskey=\"s\" autofocus=\"autofocus\""))
            #expect(page.text.contains("<option value=\"\(desk.j.townA.id!)\" selected=\"selected\">"))
            #expect(page.text.contains("<option value=\"window\" selected=\"selected\">"))
            #expect(page.text.contains("data-services=\"[{&quot;channels&quot;"))
            #expect(page.text.contains("name=\"accept_now\" value=\"1\" checked=\"checked\""))
            #expect(hotline.text.contains("<option value=\"hotline\" selected=\"selected\">"))
        }
    }

    @Test func theAssigneeMaySeeTheFullPhoneAndThatLookIsAudited() async throws {
        try await withApp { app in
            // setup
            let desk = try await WorkOrderDesk.make(app)
            let order = try await submitOrder(app, intake(desk.j, acceptNow: true), by: desk.clerk)
            let officer = try await Browser.signedIn(app, desk.officer1)
            let clerk = try await Browser.signedIn(app, desk.clerk)
            let reveal = SiteURL.workOrder(order.id!).path(query: [("reveal", "phone")])
            // act
            let plain = try await officer.get(app, SiteURL.workOrder(order.id!).path)
            let revealed = try await officer.get(app, reveal)
            let clerkTry = try await clerk.get(app, reveal)
            // check
            #expect(!plain.text.contains("13800138000") && plain.text.contains("138****8000"))
            #expect(revealed.text.contains("href=\"tel:13800138000\""))
            #expect(!clerkTry.text.contains("13800138000"))
            #expect(try await auditCount(app, action: "work_order.view_phone") == 1)
        }
    }

    @Test func attachmentsAreUploadedCheckedByTheirBytesAndDownloadedByThoseWhoMaySeeTheOrder() async throws {
        try await withApp { app in
            // setup
            let desk = try await WorkOrderDesk.make(app)
            let order = try await submitOrder(app, intake(desk.j, acceptNow: true), by: desk.clerk)
            let officer = try await Browser.signedIn(app, desk.officer1)
            let path = SiteURL.workOrderAttachments(order.id!).path
            let pdf = Array("%PDF-1.4 工资欠条".utf8)
            // act
            let uploaded = try await officer.upload(app, path, fileName: "欠条.pdf", contentType: "application/pdf", bytes: pdf)
            let refused = try await officer.upload(app, path, fileName: "evil.pdf", contentType: "application/pdf", bytes: Array("<html>".utf8))
            let attachment = try #require(try await Attachment.query(on: app.db).first())
            let download = try await officer.get(app, SiteURL.workOrderAttachment(order.id!, attachment: attachment.id!).path)
            let page = try await officer.get(app, SiteURL.workOrder(order.id!).path)
            // check
            #expect(uploaded.status == .seeOther)
            #expect(refused.status == .unprocessableEntity && refused.text.contains(zh(.errorAttachmentType)))
            #expect(try await Attachment.query(on: app.db).count() == 1)
            #expect(download.status == .ok && Array(download.body.readableBytesView) == pdf)
            #expect(page.text.contains("欠条.pdf"))
            #expect(try await WorkOrderQueries.timeline(of: order.id!, on: app.db).map(\.action).last == "attach")
        }
    }

    @Test func largeFormsAndUploadsThatArriveInPiecesStillCarryTheirCSRFToken() async throws {
        try await withApp { app in
            // setup: through a real server a long form and a big file are streamed, not collected, when the
            // middleware checks the token in their body
            let desk = try await WorkOrderDesk.make(app)
            let clerk = try await Browser.signedIn(app, desk.clerk)
            let longMatter = String(repeating: "拖欠工资", count: IntakeInput.maximumMatterLength / 4)
            // act (the HTTP client follows the redirects to the receipt and the order page)
            let created = try await clerk.postOverNetwork(app, SiteURL.workOrderNew.path, intakeForm(desk.j, matter: longMatter))
            let order = try #require(try await WorkOrder.query(on: app.db).first())
            let pdf = Array("%PDF-1.4\n".utf8) + [UInt8](repeating: 0x41, count: 3 * 1024 * 1024)
            let uploaded = try await clerk.upload(app, SiteURL.workOrderAttachments(order.id!).path, fileName: "scan.pdf", contentType: "application/pdf",
                                                  bytes: pdf, overNetwork: true)
            // check
            #expect(created.status == .ok && created.text.contains(zh(.receiptTitle)))
            #expect(order.matter == longMatter)
            #expect(uploaded.status == .ok && uploaded.text.contains("scan.pdf"))
            #expect(try await Attachment.query(on: app.db).first()?.size == pdf.count)
        }
    }

    @Test func theWorkbenchListsMyOrdersAndFiltersByPhoneWithinWhatIMaySee() async throws {
        try await withApp { app in
            // setup
            let desk = try await WorkOrderDesk.make(app)
            let order = try await submitOrder(app, intake(desk.j, acceptNow: true), by: desk.clerk)
            let officer = try await Browser.signedIn(app, desk.officer1)
            let clerk = try await Browser.signedIn(app, desk.clerk)
            // act
            let mine = try await officer.get(app, SiteURL.workOrders.path)
            let byPhone = try await clerk.get(app, SiteURL.workOrders.path(query: [("view", "all"), ("phone", "13800138000")]))
            let otherPhone = try await clerk.get(app, SiteURL.workOrders.path(query: [("view", "all"), ("phone", "13900139000")]))
            // check
            #expect(mine.status == .ok && mine.text.contains(order.number))
            #expect(mine.text.contains("aria-current=\"page\">\(zh(.workbenchMine))</a>"))
            #expect(mine.text.contains(SiteURL.unitClaim(desk.legalAid.id!).path))
            #expect(byPhone.text.contains(order.number) && byPhone.text.contains("138****8000"))
            #expect(!otherPhone.text.contains(order.number))
        }
    }
}
