import FarunCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import Farun

@Suite struct RegionTests {
    @Test func anAdministratorAddsATownAndAVillageThatGetsALocalCode() async throws {
        try await withApp { app in
            // setup
            let j = try await Jurisdiction.make(on: app.db)
            let admin = try await makeStaff(app, "admin", [(.bureauAdmin, j.county)])
            let browser = try await Browser.signedIn(app, admin)
            // act
            let town = try await browser.post(app, "/admin/regions/new", [("parent_id", String(j.county.id!)), ("level", "township"), ("name", "古阳镇"), ("code", "141025102")])
            let created = try #require(try await Region.query(on: app.db).filter(\.$name == "古阳镇").first())
            let village = try await browser.post(app, "/admin/regions/new", [("parent_id", String(created.id!)), ("level", "village"), ("name", "新村"), ("code", "")])
            // check
            #expect(town.status == .seeOther)
            #expect(created.code == "141025102000")
            #expect(created.codeSource == .official)
            #expect(created.path == j.county.path + "\(created.id!)/")
            #expect(village.status == .seeOther)
            let newVillage = try #require(try await Region.query(on: app.db).filter(\.$name == "新村").first())
            #expect(newVillage.codeSource == .local)
            #expect(newVillage.code == "141025102400")
            #expect(try await auditCount(app, action: "region.create") == 2)
        }
    }

    @Test func badRegionInputIsExplainedAndChangesNothing() async throws {
        try await withApp { app in
            // setup
            let j = try await Jurisdiction.make(on: app.db)
            let admin = try await makeStaff(app, "admin", [(.bureauAdmin, j.county)])
            let browser = try await Browser.signedIn(app, admin)
            let before = try await Region.query(on: app.db).count()
            let county = String(j.county.id!)
            // act
            let wrongLevel = try await browser.post(app, "/admin/regions/new", [("parent_id", county), ("level", "group"), ("name", "一组")])
            let badCode = try await browser.post(app, "/admin/regions/new", [("parent_id", county), ("level", "township"), ("name", "甲"), ("code", "12ab")])
            let duplicate = try await browser.post(app, "/admin/regions/new", [("parent_id", county), ("level", "township"), ("name", "乙"), ("code", "141025100000")])
            let foreign = try await browser.post(app, "/admin/regions/new", [("parent_id", county), ("level", "township"), ("name", "丙"), ("code", "110101001000")])
            let long = try await browser.post(app, "/admin/regions/new", [("parent_id", county), ("level", "township"), ("name", String(repeating: "长", count: 61))])
            let unknownLevel = try await browser.post(app, "/admin/regions/new", [("parent_id", county), ("level", "planet"), ("name", "丁")])
            // check
            for response in [wrongLevel, badCode, duplicate, foreign, long, unknownLevel] {
                #expect(response.status == .unprocessableEntity)
            }
            #expect(wrongLevel.text.contains("下不能新增该层级"))
            #expect(badCode.text.contains("代码应为6、9或12位数字"))
            #expect(duplicate.text.contains("141025100000 已被使用"))
            #expect(foreign.text.contains("与上级区划的代码不匹配"))
            #expect(long.text.contains("不能超过 60 个字"))
            #expect(try await Region.query(on: app.db).count() == before)
        }
    }

    @Test func renamingIsRecordedWithTheOldAndNewName() async throws {
        try await withApp { app in
            // setup
            let j = try await Jurisdiction.make(on: app.db)
            let admin = try await makeStaff(app, "admin", [(.bureauAdmin, j.county)])
            let browser = try await Browser.signedIn(app, admin)
            // act
            let response = try await browser.post(app, "/admin/regions/\(j.townA.id!)", [("name", "岳阳街道")])
            let page = try await browser.get(app, "/admin/regions/\(j.townA.id!)")
            // check
            #expect(response.status == .seeOther)
            #expect(try await Region.find(j.townA.id, on: app.db)?.name == "岳阳街道")
            let event = try #require(try await AuditEvent.query(on: app.db).filter(\.$action == "region.rename").first())
            #expect(event.detail.contains("岳阳镇"))
            #expect(event.detail.contains("岳阳街道"))
            #expect(event.actorName == "admin")
            #expect(page.text.contains("岳阳街道"))
        }
    }

    @Test func retiringNeedsAnEmptyRegionAndKeepsItsHistory() async throws {
        try await withApp { app in
            // setup
            let j = try await Jurisdiction.make(on: app.db)
            let admin = try await makeStaff(app, "admin", [(.bureauAdmin, j.county)])
            let browser = try await Browser.signedIn(app, admin)
            _ = try await makeServicePoint(app, name: "北平站", in: j.townB)
            // act
            let withChildren = try await browser.post(app, "/admin/regions/\(j.townA.id!)/retire", [])
            let withPoint = try await browser.post(app, "/admin/regions/\(j.townB.id!)/retire", [])
            let village = try await browser.post(app, "/admin/regions/\(j.villageA.id!)/retire", [])
            let again = try await browser.post(app, "/admin/regions/\(j.villageA.id!)/retire", [])
            let root = try await browser.post(app, "/admin/regions/\(j.county.id!)/retire", [])
            // check
            #expect(withChildren.status == .conflict)
            #expect(withChildren.text.contains("1 个未撤销的下级区划"))
            #expect(withPoint.status == .conflict)
            #expect(village.status == .seeOther)
            #expect(again.status == .conflict)
            #expect(root.status == .conflict)
            let retired = try #require(try await Region.find(j.villageA.id, on: app.db))
            #expect(retired.isRetired)
            // Still readable, but no longer offered as a choice.
            #expect(try await browser.get(app, "/admin/regions/\(j.villageA.id!)").status == .ok)
            let choices = try await RegionQueries.choices(scopes: [j.county.regionPath], on: app.db)
            #expect(!choices.contains { $0.id == j.villageA.id })
        }
    }

    @Test func mergingMovesChildrenPointsAndGrantsAndRewritesDescendantPaths() async throws {
        try await withApp { app in
            // setup
            let j = try await Jurisdiction.make(on: app.db)
            let admin = try await makeStaff(app, "admin", [(.bureauAdmin, j.county)])
            let browser = try await Browser.signedIn(app, admin)
            let group = try await RegionQueries.create(.init(name: "一组", level: .group, parentID: j.villageA.id, code: nil), on: app.db)
            let point = try await makeServicePoint(app, name: "岳阳站", in: j.townA)
            let clerk = try await makeStaff(app, "clerk.a", [(.windowClerk, j.townA)])
            // act
            let response = try await browser.post(app, "/admin/regions/\(j.townA.id!)/merge", [("target_id", String(j.townB.id!))])
            // check
            #expect(response.status == .seeOther)
            let source = try #require(try await Region.find(j.townA.id, on: app.db))
            #expect(source.isRetired)
            #expect(source.mergedIntoID == j.townB.id)
            let village = try #require(try await Region.find(j.villageA.id, on: app.db))
            #expect(village.$parent.id == j.townB.id)
            #expect(village.path == j.townB.path + "\(village.id!)/")
            let movedGroup = try #require(try await Region.find(group.id, on: app.db))
            #expect(movedGroup.path == village.path + "\(group.id!)/")
            #expect(try await ServicePoint.find(point.id, on: app.db)?.$region.id == j.townB.id)
            #expect(try await RoleGrant.query(on: app.db).filter(\.$user.$id == clerk.requireID()).first()?.$region.id == j.townB.id)
            #expect(try await auditCount(app, action: "region.merge") == 1)
        }
    }

    @Test func mergingRefusesDifferentLevelsAndItself() async throws {
        try await withApp { app in
            // setup
            let j = try await Jurisdiction.make(on: app.db)
            let admin = try await makeStaff(app, "admin", [(.bureauAdmin, j.county)])
            let browser = try await Browser.signedIn(app, admin)
            // act
            let differentLevel = try await browser.post(app, "/admin/regions/\(j.villageA.id!)/merge", [("target_id", String(j.townB.id!))])
            let itself = try await browser.post(app, "/admin/regions/\(j.townA.id!)/merge", [("target_id", String(j.townA.id!))])
            // check
            #expect(differentLevel.status == .unprocessableEntity)
            #expect(differentLevel.text.contains("只能并入同一层级"))
            #expect(itself.status == .unprocessableEntity)
            #expect(try await Region.query(on: app.db).filter(\.$retiredAt != nil).count() == 0)
        }
    }

    @Test func theRegionListIsSearchableAndPaginated() async throws {
        try await withApp { app in
            // setup
            let j = try await Jurisdiction.make(on: app.db)
            for i in 1...55 {
                _ = try await RegionQueries.create(.init(name: "测试村\(i)", level: .village, parentID: j.townB.id, code: nil), on: app.db)
            }
            // act
            let (page1, info1) = try await RegionQueries.search(.init(text: "测试村"), scopes: [j.county.regionPath], page: PageRequest(page: 1, per: 50), on: app.db)
            let (page2, info2) = try await RegionQueries.search(.init(text: "测试村"), scopes: [j.county.regionPath], page: PageRequest(page: 2, per: 50), on: app.db)
            let (byCode, _) = try await RegionQueries.search(.init(text: "141025100"), scopes: [j.county.regionPath], page: PageRequest(page: 1, per: 50), on: app.db)
            let (scoped, _) = try await RegionQueries.search(.init(text: "测试村"), scopes: [j.townA.regionPath], page: PageRequest(page: 1, per: 50), on: app.db)
            // check
            #expect(info1.total == 55)
            #expect(page1.count == 50)
            #expect(page2.count == 5)
            #expect(info2.pageCount == 2)
            #expect(Set(page1.map(\.id)).isDisjoint(with: Set(page2.map(\.id))))
            #expect(Set(byCode.map(\.name)) == ["岳阳镇", "偏涧村"])
            #expect(scoped.isEmpty)
        }
    }

    @Test func theAuditTrailRefusesUpdatesAndDeletesOnEveryEngine() async throws {
        try await withApp { app in
            // setup
            try await Audit.recordSystem("test.event", target: "test", id: nil, at: Date(), on: app.db)
            let event = try #require(try await AuditEvent.query(on: app.db).first())
            // act
            event.action = "tampered"
            var updateRefused = false
            do { try await event.save(on: app.db) } catch { updateRefused = true }
            var deleteRefused = false
            do { try await AuditEvent.query(on: app.db).delete() } catch { deleteRefused = true }
            // check
            #expect(updateRefused)
            #expect(deleteRefused)
            #expect(try await AuditEvent.query(on: app.db).first()?.action == "test.event")
        }
    }
}
