import FarunCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import Farun

/// A member's capacity changed on the unit page, and a unit retired behind its confirmation step.
@Suite struct UnitMemberAndRetireTests {
    let zh = L10n(.zhHans)

    @Test func aMembersCapacityIsChangedWithinOneToTwoHundredAndAudited() async throws {
        try await withApp { app in
            // setup
            let s = try await UnitsAdminTests.Setup.make(app)
            let unit = try await makeUnit(app, "古县法律援助中心", in: s.j.county, strategy: .roundRobin, members: [(s.officer, 3)])
            let member = try #require(try await UnitMember.query(on: app.db).first())
            let admin = try await Browser.signedIn(app, s.admin)
            let path = SiteURL.adminUnitMemberUpdate(unit.id!, member: member.id!).path
            // act
            let zero = try await admin.post(app, path, [("capacity", "0")])
            let tooMany = try await admin.post(app, path, [("capacity", "201")])
            let word = try await admin.post(app, path, [("capacity", "十")])
            let saved = try await admin.post(app, path, [("capacity", "12")])
            let page = try await admin.get(app, SiteURL.adminUnit(unit.id!).path)
            // check
            for refused in [zero, tooMany, word] {
                #expect(refused.status == .unprocessableEntity)
                #expect(refused.text.contains("id=\"capacity-\(member.id!)-error\"") && refused.text.contains(zh(.unitCapacityInvalid, 1, 200)))
                #expect(refused.text.contains("href=\"#capacity-\(member.id!)\""))
            }
            #expect(word.text.contains("value=\"十\""))
            #expect(saved.status == .seeOther && saved.location == SiteURL.adminUnit(unit.id!).path(query: [("done", "member_updated")]))
            #expect(try await UnitMember.find(member.id, on: app.db)?.capacity == 12)
            #expect(page.text.contains("action=\"\(path)\"") && page.text.contains("id=\"capacity-\(member.id!)\" name=\"capacity\" value=\"12\""))
            #expect(try await auditCount(app, action: "unit.member_update") == 1)
        }
    }

    @Test func anotherTownsAdministratorCannotChangeACapacityOrRetireTheUnit() async throws {
        try await withApp { app in
            // setup
            let s = try await UnitsAdminTests.Setup.make(app)
            let unit = try await makeUnit(app, "岳阳镇调解委员会", in: s.j.townA, strategy: .claim, members: [(s.officer, 3)])
            let member = try #require(try await UnitMember.query(on: app.db).first())
            try await makeRule(app, service: nil, in: s.j.townA, unit: unit)
            let ownUnit = try await makeUnit(app, "乙镇调解委员会", in: s.j.townB, strategy: .claim)
            let townAdmin = try await Browser.signedIn(app, s.townAdmin)
            // act
            let responses = [
                try await townAdmin.post(app, SiteURL.adminUnitMemberUpdate(unit.id!, member: member.id!).path, [("capacity", "50")]),
                // A member of town A's unit, reached through the administrator's own unit.
                try await townAdmin.post(app, SiteURL.adminUnitMemberUpdate(ownUnit.id!, member: member.id!).path, [("capacity", "50")]),
                try await townAdmin.get(app, SiteURL.adminUnitRetire(unit.id!).path),
                try await townAdmin.post(app, SiteURL.adminUnitRetire(unit.id!).path, []),
            ]
            // check
            for response in responses { #expect(response.status == .notFound) }
            #expect(try await UnitMember.find(member.id, on: app.db)?.capacity == 3)
            #expect(try await HandlingUnit.find(unit.id, on: app.db)?.retiredAt == nil)
            #expect(try await RoutingRule.query(on: app.db).count() == 1)
            #expect(try await auditCount(app, action: "unit.member_update") == 0)
            #expect(try await auditCount(app, action: "unit.retire") == 0)
        }
    }

    @Test func aUnitWithOpenOrdersIsNotRetiredUntilTheyAreHandled() async throws {
        try await withApp { app in
            // setup: the legal aid centre holds one accepted (and assigned) order
            let desk = try await WorkOrderDesk.make(app)
            let admin = try await Browser.signedIn(app, try await makeStaff(app, "admin", [(.bureauAdmin, desk.j.county)]))
            let order = try await submitOrder(app, intake(desk.j, acceptNow: true), by: desk.clerk)
            let path = SiteURL.adminUnitRetire(desk.legalAid.id!).path
            // act
            let confirm = try await admin.get(app, path)
            let refused = try await admin.post(app, path, [])
            let stillThere = try await HandlingUnit.find(desk.legalAid.id, on: app.db)
            order.state = .resolved
            try await order.save(on: app.db)
            let retired = try await admin.post(app, path, [])
            // check
            #expect(order.$unit.id == desk.legalAid.id)
            #expect(confirm.status == .ok && confirm.text.contains(zh(.unitRetireOpenOrders, 1)) && !confirm.text.contains("id=\"retire-form\""))
            #expect(refused.status == .conflict && refused.text.contains(zh(.unitRetireOpenOrders, 1)))
            #expect(stillThere?.retiredAt == nil)
            #expect(retired.status == .seeOther)
            #expect(try await HandlingUnit.find(desk.legalAid.id, on: app.db)?.retiredAt != nil)
            #expect(try await auditCount(app, action: "unit.retire") == 1)
        }
    }

    @Test func retiringAUnitDeletesItsRulesAndTakesItOutOfRoutingTransfersAndTheList() async throws {
        try await withApp { app in
            // setup: the town A notary office (two rules, no orders)
            let desk = try await WorkOrderDesk.make(app)
            try await makeRule(app, service: "PEOPLES_MEDIATION", in: desk.j.townA, unit: desk.notaryOffice)
            let admin = try await Browser.signedIn(app, try await makeStaff(app, "admin", [(.bureauAdmin, desk.j.county)]))
            let path = SiteURL.adminUnitRetire(desk.notaryOffice.id!).path
            // act
            let confirm = try await admin.get(app, path)
            let retired = try await admin.post(app, path, [])
            let again = try await admin.post(app, path, [])
            let list = try await admin.get(app, SiteURL.adminUnits.path)
            let withRetired = try await admin.get(app, SiteURL.adminUnits.path(query: [("retired", "1")]))
            let unitPage = try await admin.get(app, SiteURL.adminUnit(desk.notaryOffice.id!).path)
            // check: the confirmation is a plain form (no script needed) naming what goes with the unit
            #expect(confirm.text.contains("<form id=\"retire-form\" method=\"post\" action=\"\(path)\"") && confirm.text.contains("name=\"csrf_token\""))
            #expect(confirm.text.contains(zh(.unitRetireRules, 2)))
            #expect(retired.status == .seeOther && retired.location == SiteURL.adminUnit(desk.notaryOffice.id!).path(query: [("done", "retired")]))
            #expect(again.status == .conflict && again.text.contains(zh(.unitAlreadyRetired)))
            #expect(try await HandlingUnit.find(desk.notaryOffice.id, on: app.db)?.retiredAt != nil)
            #expect(try await RoutingRule.query(on: app.db).filter(\.$unit.$id == desk.notaryOffice.id!).count() == 0)
            #expect(try await RoutingRule.query(on: app.db).count() == 1)
            #expect(try await WorkOrderQueue.route(serviceCode: "NOTARIZATION", regionPath: desk.j.townA.regionPath, on: app.db) == nil)
            #expect(!(try await WorkOrderPageModels.targets(excluding: nil, on: app.db)).contains { $0.value == String(desk.notaryOffice.id!) })
            #expect(!list.text.contains("岳阳镇公证服务点") && list.text.contains("古县法律援助中心"))
            #expect(withRetired.text.contains("岳阳镇公证服务点") && withRetired.text.contains(zh(.statusRetired)))
            #expect(unitPage.text.contains(zh(.unitRetiredNotice)) && !unitPage.text.contains("href=\"\(path)\""))
            #expect(try await auditCount(app, action: "unit.retire") == 1)
            #expect(try await auditCount(app, action: "routing_rule.delete") == 2)
        }
    }
}
