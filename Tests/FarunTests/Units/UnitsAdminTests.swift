import FarunCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import Farun

/// Handling units, their members and routing rules, administered in the browser within a region scope.
@Suite struct UnitsAdminTests {
    let zh = L10n(.zhHans)

    struct Setup {
        let j: Jurisdiction
        let admin: StaffUser
        let townAdmin: StaffUser
        let officer: StaffUser
        let clerk: StaffUser

        static func make(_ app: Application) async throws -> Setup {
            let j = try await Jurisdiction.make(on: app.db)
            return Setup(
                j: j, admin: try await makeStaff(app, "admin", [(.bureauAdmin, j.county)], name: "县管理员"),
                townAdmin: try await makeStaff(app, "admin.b", [(.bureauAdmin, j.townB)], name: "乙镇管理员"),
                officer: try await makeStaff(app, "officer", [(.legalAidOfficer, j.townA)], name: "王援助"),
                clerk: try await makeStaff(app, "clerk", [(.windowClerk, j.townA)], name: "李窗口"))
        }
    }

    @Test func anAdministratorCreatesAndEditsAUnitAndBothAreAudited() async throws {
        try await withApp { app in
            // setup
            let s = try await Setup.make(app)
            let admin = try await Browser.signedIn(app, s.admin)
            // act
            let created = try await admin.post(app, SiteURL.adminUnitNew.path, [
                ("name", "岳阳镇法律援助工作站"), ("region_id", String(s.j.townA.id!)), ("strategy", "least_load"),
                ("head_id", String(s.officer.id!)), ("phone", "0357-5221234")])
            let unit = try #require(try await HandlingUnit.query(on: app.db).first())
            let updated = try await admin.post(app, SiteURL.adminUnit(unit.id!).path, [
                ("name", "岳阳镇法律援助站"), ("region_id", String(s.j.townA.id!)), ("strategy", "claim"), ("head_id", ""), ("phone", "")])
            let page = try await admin.get(app, SiteURL.adminUnits.path)
            // check
            #expect(created.status == .seeOther && created.location == SiteURL.adminUnit(unit.id!).path(query: [("done", "created")]))
            #expect(updated.status == .seeOther)
            let saved = try #require(try await HandlingUnit.find(unit.id, on: app.db))
            #expect(saved.name == "岳阳镇法律援助站" && saved.assignmentStrategy == .claim && saved.$head.id == nil)
            #expect(saved.regionPath == s.j.townA.regionPath.value)
            #expect(page.text.contains("岳阳镇法律援助站") && page.text.contains(zh.name("strategy", AssignmentStrategy.claim)))
            #expect(try await auditCount(app, action: "unit.create") == 1)
            #expect(try await auditCount(app, action: "unit.update") == 1)
        }
    }

    @Test func aUnitFormWithProblemsKeepsTheValuesAndCreatesNothing() async throws {
        try await withApp { app in
            // setup: town B's administrator tries town A, with no name and a bad phone
            let s = try await Setup.make(app)
            let townAdmin = try await Browser.signedIn(app, s.townAdmin)
            // act
            let response = try await townAdmin.post(app, SiteURL.adminUnitNew.path, [
                ("name", ""), ("region_id", String(s.j.townA.id!)), ("strategy", "sometimes"), ("head_id", String(s.officer.id!)), ("phone", "12")])
            // check
            #expect(response.status == .unprocessableEntity)
            for field in ["name", "region_id", "strategy", "head_id", "phone"] { #expect(response.text.contains("id=\"\(field)-error\""), "\(field)") }
            #expect(response.text.contains("value=\"12\""))
            #expect(try await HandlingUnit.query(on: app.db).count() == 0)
            #expect(try await auditCount(app, action: "unit.create") == 0)
        }
    }

    @Test func anotherTownsAdministratorCannotSeeOrChangeTheUnit() async throws {
        try await withApp { app in
            // setup
            let s = try await Setup.make(app)
            let unit = try await makeUnit(app, "岳阳镇调解委员会", in: s.j.townA, strategy: .claim, members: [(s.officer, 3)])
            let member = try #require(try await UnitMember.query(on: app.db).first())
            let rule = try await makeRule(app, service: nil, in: s.j.townA, unit: unit)
            let townAdmin = try await Browser.signedIn(app, s.townAdmin)
            // act
            let responses = [
                try await townAdmin.get(app, SiteURL.adminUnit(unit.id!).path),
                try await townAdmin.post(app, SiteURL.adminUnit(unit.id!).path, [("name", "越权"), ("region_id", String(s.j.townB.id!)), ("strategy", "claim")]),
                try await townAdmin.post(app, SiteURL.adminUnitMembers(unit.id!).path, [("staff_id", String(s.townAdmin.id!)), ("capacity", "5")]),
                try await townAdmin.post(app, SiteURL.adminUnitMemberDelete(unit.id!, member: member.id!).path, []),
                try await townAdmin.post(app, SiteURL.adminRoutingRuleDelete(rule.id!).path, []),
            ]
            let list = try await townAdmin.get(app, SiteURL.adminUnits.path)
            let rules = try await townAdmin.get(app, SiteURL.adminRoutingRules.path)
            // check
            for response in responses { #expect(response.status == .notFound) }
            #expect(!list.text.contains("岳阳镇调解委员会") && !rules.text.contains("岳阳镇调解委员会"))
            #expect(try await HandlingUnit.find(unit.id, on: app.db)?.name == "岳阳镇调解委员会")
            #expect(try await UnitMember.query(on: app.db).count() == 1)
            #expect(try await RoutingRule.query(on: app.db).count() == 1)
        }
    }

    @Test func membersAreAddedWithACapacityShownWithTheirLoadAndRemoved() async throws {
        try await withApp { app in
            // setup
            let s = try await Setup.make(app)
            let unit = try await makeUnit(app, "古县法律援助中心", in: s.j.county, strategy: .roundRobin)
            let admin = try await Browser.signedIn(app, s.admin)
            let members = SiteURL.adminUnitMembers(unit.id!).path
            // act
            let tooMany = try await admin.post(app, members, [("staff_id", String(s.officer.id!)), ("capacity", "500")])
            let clerk = try await admin.post(app, members, [("staff_id", String(s.clerk.id!)), ("capacity", "5")])
            let added = try await admin.post(app, members, [("staff_id", String(s.officer.id!)), ("capacity", "5")])
            let twice = try await admin.post(app, members, [("staff_id", String(s.officer.id!)), ("capacity", "5")])
            let page = try await admin.get(app, SiteURL.adminUnit(unit.id!).path)
            let member = try #require(try await UnitMember.query(on: app.db).first())
            let removed = try await admin.post(app, SiteURL.adminUnitMemberDelete(unit.id!, member: member.id!).path, [])
            // check
            #expect(tooMany.status == .unprocessableEntity && tooMany.text.contains(zh(.unitCapacityInvalid, 1, 200)))
            #expect(clerk.status == .unprocessableEntity && clerk.text.contains(zh(.unitMemberCannotHandle)))
            #expect(added.status == .seeOther)
            #expect(twice.status == .unprocessableEntity && twice.text.contains(zh(.unitMemberExists)))
            #expect(member.capacity == 5 && member.$staff.id == s.officer.id)
            #expect(page.text.contains("<td>王援助</td>") && page.text.contains("id=\"capacity-\(member.id!)\" name=\"capacity\" value=\"5\""))
            #expect(page.text.contains("</form></td><td class=\"num\">0</td>"))
            #expect(removed.status == .seeOther)
            #expect(try await UnitMember.query(on: app.db).count() == 0)
            #expect(try await auditCount(app, action: "unit.member_add") == 1)
            #expect(try await auditCount(app, action: "unit.member_remove") == 1)
        }
    }

    @Test func routingRulesAreAddedOncePerServiceAndRegionAndDeleted() async throws {
        try await withApp { app in
            // setup
            let s = try await Setup.make(app)
            let unit = try await makeUnit(app, "古县法律援助中心", in: s.j.county, strategy: .roundRobin)
            let admin = try await Browser.signedIn(app, s.admin)
            let form: [(String, String)] = [("service", "LEGAL_AID"), ("region_id", String(s.j.townA.id!)), ("unit_id", String(unit.id!))]
            // act
            let created = try await admin.post(app, SiteURL.adminRoutingRules.path, form)
            let duplicate = try await admin.post(app, SiteURL.adminRoutingRules.path, form)
            let anyService = try await admin.post(app, SiteURL.adminRoutingRules.path, [("service", ""), ("region_id", String(s.j.townA.id!)), ("unit_id", String(unit.id!))])
            let unknown = try await admin.post(app, SiteURL.adminRoutingRules.path, [("service", "NO_SUCH"), ("region_id", String(s.j.townA.id!)), ("unit_id", "999")])
            let page = try await admin.get(app, SiteURL.adminRoutingRules.path)
            let rule = try #require(try await RoutingRule.query(on: app.db).filter(\.$serviceCode == "LEGAL_AID").first())
            let deleted = try await admin.post(app, SiteURL.adminRoutingRuleDelete(rule.id!).path, [])
            // check
            #expect(created.status == .seeOther && anyService.status == .seeOther)
            #expect(duplicate.status == .unprocessableEntity && duplicate.text.contains(zh(.routingRuleExists)))
            #expect(unknown.status == .unprocessableEntity && unknown.text.contains("id=\"service-error\"") && unknown.text.contains("id=\"unit_id-error\""))
            #expect(page.text.contains(zh(.routingRuleAnyService)) && page.text.contains(zh(.routingRulesCaption, 2)))
            #expect(deleted.status == .seeOther)
            #expect(try await RoutingRule.query(on: app.db).all().map(\.serviceCode) == [nil])
            #expect(try await auditCount(app, action: "routing_rule.create") == 2)
            #expect(try await auditCount(app, action: "routing_rule.delete") == 1)
        }
    }

    @Test func aRuleAddedOnThePageRoutesTheNextAcceptedOrder() async throws {
        try await withApp { app in
            // setup
            let s = try await Setup.make(app)
            let unit = try await makeUnit(app, "岳阳镇人民调解委员会", in: s.j.townA, strategy: .claim, members: [(s.officer, 5)])
            let admin = try await Browser.signedIn(app, s.admin)
            // act
            _ = try await admin.post(app, SiteURL.adminRoutingRules.path, [("service", "PEOPLES_MEDIATION"), ("region_id", String(s.j.townA.id!)), ("unit_id", String(unit.id!))])
            let order = try await submitOrder(app, intake(s.j, service: "PEOPLES_MEDIATION", acceptNow: true), by: s.clerk)
            // check
            #expect(order.state == .accepted && order.$unit.id == unit.id)
        }
    }
}
