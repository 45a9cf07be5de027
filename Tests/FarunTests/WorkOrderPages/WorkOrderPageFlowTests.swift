import FarunCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import Farun

/// The front desk and back office in the browser: intake → receipt → assignment or claim → handling → resolution.
@Suite struct WorkOrderPageFlowTests {
    let zh = L10n(.zhHans)

    @Test func aWindowRequestIsHandledToResolutionThroughThePages() async throws {
        try await withApp { app in
            // setup
            let desk = try await WorkOrderDesk.make(app)
            let clerk = try await Browser.signedIn(app, desk.clerk)
            let officer = try await Browser.signedIn(app, desk.officer1)
            // act: intake, accepted at once and assigned round robin
            let created = try await clerk.post(app, SiteURL.workOrderNew.path, intakeForm(desk.j))
            let id = try #require(orderID(in: created.location))
            let receipt = try await clerk.get(app, SiteURL.workOrderReceipt(id).path)
            let assigned = try #require(try await WorkOrder.find(id, on: app.db))
            let started = try await officer.step(app, id, .start)
            let paused = try await officer.step(app, id, .requestSupplement, [("missing_materials", "劳动合同\n工资欠条")])
            let pausedPage = try await officer.get(app, SiteURL.workOrder(id).path)
            let resumed = try await officer.step(app, id, .supplementReceived)
            let resolved = try await officer.step(app, id, .resolve, [("reason", "已指派律师代理仲裁")])
            let finalPage = try await officer.get(app, SiteURL.workOrder(id).path)
            // check
            #expect(created.status == .seeOther)
            #expect(created.location == SiteURL.workOrderReceipt(id).path)
            #expect(receipt.status == .ok)
            #expect(receipt.text.contains(assigned.number))
            #expect(receipt.text.contains("138****8000"))
            #expect(!receipt.text.contains("13800138000"))
            #expect(receipt.text.contains("1101**********002X"))
            #expect(receipt.text.contains(assigned.acceptanceDue ?? "no due date"))
            let materials = try #require(try await CatalogEntry.query(on: app.db).filter(\.$code == "LEGAL_AID").first()).serviceType.materials
            #expect(receipt.text.contains(materials[0].item))
            #expect(receipt.text.contains(SiteURL.track.path))
            #expect(assigned.state == .assigned && assigned.$assignee.id == desk.officer1.id)
            for response in [started, paused, resumed, resolved] { #expect(response.status == .seeOther) }
            #expect(pausedPage.text.contains(zh(.orderPaused)) && pausedPage.text.contains("工资欠条"))
            let order = try #require(try await WorkOrder.find(id, on: app.db))
            #expect(order.state == .resolved)
            #expect(order.outcome == "已指派律师代理仲裁")
            let actions = try await WorkOrderQueries.timeline(of: id, on: app.db).map(\.action)
            #expect(actions == ["submit", "accept", "assign", "start", "request_supplement", "supplement_received", "resolve"])
            #expect(finalPage.text.contains(zh.name("woaction", WorkOrderAction.supplementReceived)))
            #expect(!finalPage.text.contains("id=\"step-"))
        }
    }

    @Test func aStaleVersionSaysSomeoneElseChangedTheOrderAndChangesNothing() async throws {
        try await withApp { app in
            // setup
            let desk = try await WorkOrderDesk.make(app)
            let order = try await submitOrder(app, intake(desk.j, acceptNow: true), by: desk.clerk)
            let officer = try await Browser.signedIn(app, desk.officer1)
            // act: the officer's page was opened before the last change
            let response = try await officer.step(app, order.id!, .start, version: order.version - 1)
            // check
            #expect(response.status == .conflict)
            #expect(response.text.contains(zh(.errorStaleOrder)))
            #expect(response.text.contains(zh(.orderNowState, zh.name("state", WorkOrderState.assigned))))
            #expect(response.text.contains("name=\"version\" value=\"\(order.version)\""))
            #expect(try await WorkOrder.find(order.id, on: app.db)?.state == .assigned)
        }
    }

    @Test func aStepThatIsNotThePersonsShowsTheLifecycleMessage() async throws {
        try await withApp { app in
            // setup: the clerk registered it, but only the assignee starts it
            let desk = try await WorkOrderDesk.make(app)
            let order = try await submitOrder(app, intake(desk.j, acceptNow: true), by: desk.clerk)
            let clerk = try await Browser.signedIn(app, desk.clerk)
            // act
            let response = try await clerk.step(app, order.id!, .start)
            // check
            #expect(response.status == .forbidden)
            #expect(response.text.contains(zh(.errorNotYourStep, zh.name("woaction", WorkOrderAction.start))))
            #expect(try await WorkOrder.find(order.id, on: app.db)?.state == .assigned)
        }
    }

    @Test func aMissingReasonIsShownBesideTheStepWithWhatWasTyped() async throws {
        try await withApp { app in
            // setup
            let desk = try await WorkOrderDesk.make(app)
            let order = try await submitOrder(app, intake(desk.j), by: desk.clerk)
            let clerk = try await Browser.signedIn(app, desk.clerk)
            // act: refusing needs a reason
            let response = try await clerk.step(app, order.id!, .refuse, [("reason", "  ")])
            // check
            #expect(response.status == .unprocessableEntity)
            #expect(response.text.contains("id=\"refuse-reason-error\""))
            #expect(response.text.contains(zh(.errorReasonRequired)))
            #expect(try await WorkOrder.find(order.id, on: app.db)?.state == .submitted)
        }
    }

    @Test func withdrawingAndClosingAreNotOfferedToStaffAndRefusedWhenPosted() async throws {
        try await withApp { app in
            // setup
            let desk = try await WorkOrderDesk.make(app)
            let order = try await submitOrder(app, intake(desk.j), by: desk.clerk)
            let clerk = try await Browser.signedIn(app, desk.clerk)
            // act
            let page = try await clerk.get(app, SiteURL.workOrder(order.id!).path)
            let posted = try await clerk.step(app, order.id!, .withdraw)
            // check
            #expect(page.text.contains("id=\"step-accept\""))
            #expect(!page.text.contains("id=\"step-withdraw\""))
            #expect(posted.status == .unprocessableEntity)
            #expect(try await WorkOrder.find(order.id, on: app.db)?.state == .submitted)
        }
    }

    @Test func aTownBClerkGetsNotFoundForEverythingAboutATownAOrder() async throws {
        try await withApp { app in
            // setup
            let desk = try await WorkOrderDesk.make(app)
            let order = try await submitOrder(app, intake(desk.j), by: desk.clerk)
            let clerkB = try await Browser.signedIn(app, try await makeStaff(app, "clerk.b", [(.windowClerk, desk.j.townB)]))
            let id = try order.requireID()
            // act
            let responses = [
                try await clerkB.get(app, SiteURL.workOrder(id).path),
                try await clerkB.get(app, SiteURL.workOrderReceipt(id).path),
                try await clerkB.get(app, SiteURL.workOrderAttachment(id, attachment: 1).path),
                try await clerkB.step(app, id, .accept),
                try await clerkB.upload(app, SiteURL.workOrderAttachments(id).path, fileName: "a.pdf", contentType: "application/pdf", bytes: Array("%PDF-1.4".utf8)),
            ]
            let list = try await clerkB.get(app, SiteURL.workOrders.path(query: [("view", "all")]))
            // check
            for response in responses { #expect(response.status == .notFound) }
            #expect(list.status == .ok && !list.text.contains(order.number))
            #expect(try await WorkOrder.find(id, on: app.db)?.state == .submitted)
            #expect(try await Attachment.query(on: app.db).count() == 0)
        }
    }

    @Test func claimNextGivesTwoMembersDifferentOrdersThenSaysTheQueueIsEmpty() async throws {
        try await withApp { app in
            // setup: two orders wait in a unit whose members claim
            let desk = try await WorkOrderDesk.make(app)
            let unit = try await makeClaimingUnit(app, desk)
            let first = try await submitOrder(app, intake(desk.j, service: "PEOPLES_MEDIATION", acceptNow: true), by: desk.clerk)
            let second = try await submitOrder(app, intake(desk.j, service: "PEOPLES_MEDIATION", acceptNow: true), by: desk.clerk)
            let one = try await Browser.signedIn(app, desk.officer1)
            let two = try await Browser.signedIn(app, desk.officer2)
            let claim = SiteURL.unitClaim(try unit.requireID()).path
            // act
            let a = try await one.post(app, claim, [])
            let b = try await two.post(app, claim, [])
            let empty = try await one.post(app, claim, [])
            let notice = try await one.get(app, empty.location ?? "/")
            // check
            let claimed = [orderID(in: a.location), orderID(in: b.location)]
            #expect(Set(claimed.compactMap { $0 }) == Set([first.id!, second.id!]))
            let holders = [try await WorkOrder.find(first.id, on: app.db)?.$assignee.id, try await WorkOrder.find(second.id, on: app.db)?.$assignee.id]
            #expect(Set(holders.compactMap { $0 }) == Set([desk.officer1.id!, desk.officer2.id!]))
            #expect(empty.status == .seeOther && (empty.location ?? "").contains("notice=queue_empty"))
            #expect(notice.text.contains(zh(.errorQueueEmpty)))
        }
    }

    @Test func someoneOutsideTheUnitCannotClaimFromItsQueue() async throws {
        try await withApp { app in
            // setup
            let desk = try await WorkOrderDesk.make(app)
            let unit = try await makeClaimingUnit(app, desk)
            let order = try await submitOrder(app, intake(desk.j, service: "PEOPLES_MEDIATION", acceptNow: true), by: desk.clerk)
            let notary = try await Browser.signedIn(app, desk.notary)
            // act
            let response = try await notary.post(app, SiteURL.unitClaim(try unit.requireID()).path, [])
            // check
            #expect(response.status == .notFound)
            #expect(try await WorkOrder.find(order.id, on: app.db)?.$assignee.id == nil)
        }
    }
}
