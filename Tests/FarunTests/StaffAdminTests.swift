import FarunCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import Farun

@Suite struct StaffAdminTests {
    @Test func aNewStaffAccountGetsAOneTimePasswordThatMustBeChanged() async throws {
        try await withApp { app in
            // setup
            let j = try await Jurisdiction.make(on: app.db)
            let admin = try await makeStaff(app, "admin", [(.bureauAdmin, j.county)])
            let browser = try await Browser.signedIn(app, admin)
            // act
            let response = try await browser.post(app, "/admin/staff/new", [("username", "Clerk.Zhang"), ("display_name", "张三"), ("role", "window_clerk"), ("region_id", String(j.townA.id!))])
            // check
            #expect(response.status == .ok)
            let user = try #require(try await StaffUser.query(on: app.db).filter(\.$username == "clerk.zhang").first())
            #expect(user.mustChangePassword)
            #expect(user.passwordHash.hasPrefix("$2"))
            let password = try #require(response.text.firstMatch(of: /class="otp">([A-Za-z0-9]+)</)?.1)
            #expect(try await app.verifyPassword(String(password), hash: user.passwordHash))
            let signIn = try await Browser.anonymous.post(app, "/staff/sign-in", [("username", "clerk.zhang"), ("password", String(password))])
            #expect(signIn.location == "/staff/password")
        }
    }

    @Test func badStaffInputIsRefusedWithAClearMessage() async throws {
        try await withApp { app in
            // setup
            let j = try await Jurisdiction.make(on: app.db)
            let admin = try await makeStaff(app, "admin", [(.bureauAdmin, j.county)])
            let browser = try await Browser.signedIn(app, admin)
            let town = String(j.townA.id!)
            // act
            let badName = try await browser.post(app, "/admin/staff/new", [("username", "张三"), ("display_name", "张三"), ("role", "window_clerk"), ("region_id", town)])
            let taken = try await browser.post(app, "/admin/staff/new", [("username", "admin"), ("display_name", "重名"), ("role", "window_clerk"), ("region_id", town)])
            let unknownRole = try await browser.post(app, "/admin/staff/new", [("username", "x.role"), ("display_name", "某"), ("role", "emperor"), ("region_id", town)])
            let longName = try await browser.post(app, "/admin/staff/new", [("username", "x.long"), ("display_name", String(repeating: "名", count: 41)), ("role", "window_clerk"), ("region_id", town)])
            // check
            for response in [badName, taken, unknownRole, longName] { #expect(response.status == .unprocessableEntity) }
            #expect(badName.text.contains("用户名格式不正确"))
            #expect(taken.text.contains("该用户名已被使用"))
            #expect(unknownRole.text.contains("请从列表中选择"))
            #expect(try await StaffUser.query(on: app.db).count() == 1)
        }
    }

    @Test func aTownAdministratorCannotGrantCountyRolesOrSystemAdministration() async throws {
        try await withApp { app in
            // setup
            let j = try await Jurisdiction.make(on: app.db)
            let townAdmin = try await makeStaff(app, "admin.town", [(.bureauAdmin, j.townA)])
            let browser = try await Browser.signedIn(app, townAdmin)
            // act
            let atCounty = try await browser.post(app, "/admin/staff/new", [("username", "x.county"), ("display_name", "甲"), ("role", "window_clerk"), ("region_id", String(j.county.id!))])
            let sysAdmin = try await browser.post(app, "/admin/staff/new", [("username", "x.sys"), ("display_name", "乙"), ("role", "system_admin"), ("region_id", String(j.townA.id!))])
            let fine = try await browser.post(app, "/admin/staff/new", [("username", "x.fine"), ("display_name", "丙"), ("role", "mediator"), ("region_id", String(j.villageA.id!))])
            // check
            #expect(atCounty.status == .unprocessableEntity)
            #expect(sysAdmin.status == .unprocessableEntity)
            #expect(sysAdmin.text.contains("不能在该区划授予此角色"))
            #expect(fine.status == .ok)
            #expect(try await ProfessionalProfile.query(on: app.db).count() == 1, "a mediator gets a (private) profile")
        }
    }

    @Test func disablingEndsSessionsAndGrantsCanBeAddedAndRevoked() async throws {
        try await withApp { app in
            // setup
            let j = try await Jurisdiction.make(on: app.db)
            let admin = try await makeStaff(app, "admin", [(.bureauAdmin, j.county)])
            let clerk = try await makeStaff(app, "clerk.a", [(.windowClerk, j.townA)])
            let browser = try await Browser.signedIn(app, admin)
            let clerkBrowser = try await Browser.signedIn(app, clerk)
            // act
            let granted = try await browser.post(app, "/admin/staff/\(clerk.id!)/grants", [("role", "hotline_operator"), ("region_id", String(j.county.id!))])
            let grant = try #require(try await RoleGrant.query(on: app.db).filter(\.$role == .hotlineOperator).first())
            let revoked = try await browser.post(app, "/admin/staff/\(clerk.id!)/grants/\(grant.id!)/delete", [])
            let disabled = try await browser.post(app, "/admin/staff/\(clerk.id!)/disable", [])
            let selfDisable = try await browser.post(app, "/admin/staff/\(admin.id!)/disable", [])
            // check
            #expect(granted.status == .seeOther)
            #expect(revoked.status == .seeOther)
            #expect(try await RoleGrant.query(on: app.db).filter(\.$user.$id == clerk.requireID()).count() == 1)
            #expect(disabled.status == .seeOther)
            #expect(try await clerkBrowser.get(app, "/staff").status == .seeOther)
            #expect(selfDisable.status == .conflict)
            #expect(try await auditCount(app, action: "staff.grant") == 1)
            #expect(try await auditCount(app, action: "staff.revoke_grant") == 1)
            #expect(try await auditCount(app, action: "staff.disable") == 1)
        }
    }

    @Test func aProfessionalPublishesAProfileThatTheDirectoryFindsByFieldRegionAndName() async throws {
        try await withApp { app in
            // setup
            let j = try await Jurisdiction.make(on: app.db)
            let lawyer = try await makeStaff(app, "lawyer.wang", [(.lawyer, j.county)], name: "王晓东")
            let hidden = try await makeStaff(app, "lawyer.li", [(.lawyer, j.county)], name: "李隐藏")
            try await StaffQueries.ensureProfile(for: hidden, profession: .lawyer, on: app.db)
            let browser = try await Browser.signedIn(app, lawyer)
            // act
            let incomplete = try await browser.post(app, "/staff/profile", [("organisation", ""), ("is_public", "1")])
            let saved = try await browser.post(app, "/staff/profile", [
                ("organisation", "山西岳阳律师事务所"), ("licence_number", "11410201510123456"), ("specialties[]", "labour"),
                ("specialties[]", "contract"), ("languages[]", "zh"), ("regions[]", String(j.townA.id!)), ("bio", "擅长劳动争议。"), ("is_public", "1")])
            let byField = try await Browser.anonymous.get(app, "/professionals?specialty=labour")
            let otherField = try await Browser.anonymous.get(app, "/professionals?specialty=criminal")
            let byVillage = try await Browser.anonymous.get(app, "/professionals?region=\(j.villageA.id!)")
            let byOtherTown = try await Browser.anonymous.get(app, "/professionals?region=\(j.townB.id!)")
            let byName = try await Browser.anonymous.get(app, "/professionals?q=" + formEncode("晓东"))
            // check
            #expect(incomplete.status == .unprocessableEntity)
            #expect(incomplete.text.contains("公开前请填写执业机构"))
            #expect(saved.status == .seeOther)
            #expect(byField.text.contains("王晓东"))
            #expect(!byField.text.contains("李隐藏"))
            #expect(!otherField.text.contains("王晓东"))
            #expect(byVillage.text.contains("王晓东"), "a town's lawyer serves its villages")
            #expect(!byOtherTown.text.contains("王晓东"))
            #expect(byName.text.contains("王晓东"))
        }
    }
}
